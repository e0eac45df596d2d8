"""What reads as the organisation after ``由`` but is none (eval/README.md U7 eighteenth round, U7d, U4a): the guards of
the ``由X+doing`` readers (``unit_charge_finders.find_by_unit_doing``, ``unit_bracket_by_doings``) for a name that ran on
into a doing, and for a doing that opens with the named body's own members.

- ``由中央成立专案办公室``: ``成立``/``设立``/``组建``/``委托``/``授权``/``责成`` inside what reads as the name
  (``中央成立专案办``) is the doing, read into the name because its object ends as a unit does; the name as read is no
  party (U7: the X of the clause must be a name). ``指定`` stays: ``县人民政府指定行政部门`` names the body the government
  names (U3, U7d: a party named by its relation).
- ``由某县老龄委各成员单位组织…``: a doing that opens with ``各`` after the name says that the body's members each act: a
  distributive collective (U7d: ``各…`` gives no lead), not the body itself.

Made-up examples only.
"""

from __future__ import annotations

import re

# a verb of setting up a party, read into the name (``中央成立专案办``)
_SETTING_UP = re.compile(r"成立|設立|设立|组建|組建|委托|委託|授权|授權|责成|責成")


def name_runs_into_doing(name: str, doing: str) -> bool:
    """Whether the name read after ``由`` holds a verb of setting up another party (``中央成立专案办``), or the doing
    after it opens with the body's members (``各成员单位…``): no unit of its own leads the task (module docstring)."""
    return _SETTING_UP.search(name) is not None or doing.lstrip().startswith("各")
