"""Bodies named by their function, with no office ending of their own (eval/README.md U3a, U7d, U8, U8a, U8b):
``后勤部门``, ``网信部门``, ``学生管理部门``, ``教育行政部门`` (a department named by what it does), and a working group
or a standing body of a plan (``执行小组``, ``策导小组``, ``安全领导小组``). Set as a heading or a label that owns a block of
duties (``3. 后勤部门`` over its items, ``(三)网信部门:加强…``), such a name is the owner of the block as a bureau's
name is: the text makes it a party (U3a, twenty-third round: a working group is a body, not a person).

- ``function_body_name``: one such name, alone; also a working group named by its task (``后勤保障组``, ``宣传组``: U3a,
  twenty-third round) and an event's committee (``组委会``). Not a division of contestants (``男子组``, ``小学组``). Not the role and class words that only say which part a unit plays or
  which class it belongs to (``责任部门``, ``牵头部门``, ``相关部门``, ``职能部门``, ``各部门``: labels and collectives, U4a,
  U7d), nor a group of people (``第一小组``, ``专家小组``) or a group with a number. Made-up examples only.
"""

from __future__ import annotations

import re

# a function before ``部门`` (two to eight characters), a group's name before ``小组`` (one to ten), a working group's
# task before ``组`` (two to ten, (unitA28) a paired task ``文书与档案管理组``: ``后勤保障组``, ``宣传组``), an event's committee (``组委会``, ``筹委会``, ``执委会``)
_FUNCTION_BODY = re.compile(r"(?P<fn>[\u4e00-\u9fff]{2,8})部门|(?P<grp>[\u4e00-\u9fff]{1,10})小组|(?P<team>[\u4e00-\u9fff]{2,10})组"
                            r"|[\u4e00-\u9fff]{0,10}(?:组委会|筹委会|执委会)"
                            # (unitA27) a standing body of a plan that meets or works across offices (``联席会议``, ``某工作专班``)
                            r"|[\u4e00-\u9fff]{0,12}(?:联席会议|聯席會議|工作专班|工作專班)")
# a division of contestants or of a list, no working group: ``男子组``, ``小学组``, ``教师组``, ``甲组``, ``第一组``; (unitA28)
# Taiwan's school levels and open divisions (``国小组``, ``高职组``, ``公开组``, ``不限资格组``)
_DIVISION = re.compile(r"(?:男子|女子|男|女|小学|中学|初中|高中|大学|幼儿|青年|少年|儿童|成年|成人|老年|中年|个人|团体|混合|教师|学生|"
                       r"职工|家庭|亲子|社会|专业|业余|国小|国中|高职|大专|公开|资格|甲|乙|丙|丁|[一二三四五六七八九十百]+|年级|班级|本|该|每|各|其|小|大)$|^第|^各|"
                       r"(?:年级|班|中心|学区|片区|社区|村)$")
# words before ``部门`` that name a role, a class or a collective rather than a function (U4a, U7d)
_NOT_FUNCTION = re.compile(
    r"(?:责任|牵头|配合|协同|协助|协办|参与|参加|主管|主责|承办|职能|相关|有关|其他|其它|所属|下属|上级|各级|业务|政府|"
    r"行业|成员|组成|归口|对口|监管|执法|部分|全部|所有|本|该|各|每个|多个|个别)$"
    r"|^(?:主要|具体|主办|行政|下级|同级|重点)$")  # (the word alone: ``行政部门``, but ``教育行政部门`` is a function)
# groups of people or of a list, no body: ``第一小组``, ``二小组``, ``专家小组``, ``兴趣小组``, ``互助小组``, ``学习小组``
_PEOPLE_GROUP = re.compile(r"^第|^[一二三四五六七八九十]|(?:专家|兴趣|互助|学习|合作|讨论|志愿者|家长|学生)$")


def function_body_name(name: str, teams: bool = False) -> bool:
    """Whether ``name`` is one body named by its function (``后勤部门``, ``教育行政部门``, ``某会执行小组``): a department
    named by what it does or a standing group of a plan. Not ``责任部门``, ``相关部门``, ``各部门`` (roles, collectives),
    ``第二小组``, ``专家小组`` (people) nor a name with a separator or a number in it. ``teams``: also a working group
    named by its task (``宣传组``), asked only of a label followed by the group's duties (a heading named so may be a
    task's title over the group's own role labels: ``1、综合协调组`` / ``牵头部门:…``)."""
    m = _FUNCTION_BODY.fullmatch(name)
    if m is None:
        return False
    if m.group("fn") is not None:
        fn = m.group("fn")
        return not _NOT_FUNCTION.search(fn) and not fn.startswith(("各", "相关", "有关", "其他", "所有", "全体"))
    if m.group("team") is not None:  # (only where asked: a label that opens the group's duties, ``宣传组:负责…``)
        return teams and _DIVISION.search(m.group("team")) is None and _PEOPLE_GROUP.search(m.group("team")) is None
    grp = m.group("grp")
    if grp is not None and grp.endswith("国"):
        return False  # (unitA28) ``国小组``: a division of primary pupils (国小), no ``小组``
    if grp is None:
        return True  # an event's committee (``某赛事组委会``)
    return not grp.startswith(("各", "相关", "有关")) and _PEOPLE_GROUP.search(grp) is None
