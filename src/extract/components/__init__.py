"""spaCy components that annotate a Doc with conflict-event information.

Importing this package registers the factories, so ``nlp.add_pipe("conflict_events")`` works in
any spaCy pipeline. Each component stores its results as Doc extensions (``doc._.events`` ...).
"""

from . import common  # noqa: F401  (Doc extensions shared by all components)
from . import linebreaks  # noqa: F401
from . import dates  # noqa: F401
from . import toponyms  # noqa: F401
from . import actors  # noqa: F401
from . import casualties  # noqa: F401
from . import events  # noqa: F401
