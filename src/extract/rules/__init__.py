"""The offline rules backend: numeric targets, unit assignments and goals found by patterns
over the normalised, structured document. Every record carries its span in the normalised
text; the ground stage maps it to the original."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections import Counter

from extract.cues import (Decision, is_addressee_line, is_furniture, is_labelled_name, transmitting_letter, is_past_year, is_people_line, reports_a_plan, section_role,
                          states_first_listed_lead, title_reports_past, heading_is_sentence)
from extract.data import Goal, NumericTarget, UnitAssignment, trusted, trusted_span
from extract.prepared import PreparedDoc
from extract.rules import unit_duty_title_sentences as _udts  # (lead47) ``某组职责。主要负责…`` paragraphs
from extract.rules import unit_label_continuations as _ulcont  # (lead48) a label's duties going on in paragraphs
from extract.rules import charter_section_lines as _csl  # (lead47) a charter's sections a line each
from extract.rules import group_post_duty_tables as _gpdt  # (lead47) 组别/职称/职掌 tables one cell a line
from extract.rules import unit_trailing_pipe_rows as _utpr  # (lead47) cell-per-line tables closed by pipes, no serial
from extract.rules import unit_time_openers as _time_openers  # (probeG40) U3a, U7
from extract.rules import goal_year_funds as _funds  # (goalA33) O3e
from extract.rules import unit_page_bodies as _upb  # (unitA40) U8b (iii): the page's own body owns a partyless duty title
from extract.rules import unit_team_headings as _uth  # (unitA40) U3a, U8: a group's heading under the division of work
from extract.rules import goal_step_years as _steps  # (goalA33) O4
from extract.rules import label_values as _lv, result_columns as _rcols, overview_headings as _ovh
from extract.rules.unit_cells import unit_cut_at_end
from extract.rules.unit_lists import needs_tidy, tidy_unit_lists
from extract.rules import unit_set_up_names as _setup
from extract.rules.unit_owners import owner_scopes
from extract.rules import unit_owners as _uown
from extract.rules import unit_label_duties as _uldu  # (unitB24) a unit label over its duty line
from extract.rules import unit_run_headings as _urh  # (unitB24)
from extract.rules import unit_glued_rows as _ugr  # (unitB24)
from extract.rules import unit_glued_labels as _ugl  # (unitB34) ``1.甲组\n负责部门乙部、丙处``
from extract.rules import unit_letter_items as _uli  # (r25 unitB25) a cover letter ends at a labelled item
from extract.rules import unit_owner_helpers as _uoh  # (unitB24)
from extract.rules import unit_cell_lines as _ucl  # (r20 unitW31)
from extract.normalise import to_simplified
from extract.rules.forms import form_assignment, form_values, is_target_form
from extract.rules import unit_modal_subjects as _umodal
from extract.rules import unit_bracket_duties as _ubd51  # (lead51) offices a line each with bracketed duties  # (lead49) a meeting's decisions put on units by their modal
from extract.rules import unit_event_items as _uevi  # (lead49) each listed event's own host labels
from extract.rules import forms as _forms  # (lead49) a form's indicator part opens no goals
from extract.rules.table_records import AnyRecord, TableRecords  # (twentieth round) the table methods, a mixin
from extract.rules.goals import (GoalHit, copies_headline, find_goals, goal_label_opens_items, opens_other_label,
                                 is_title_bar, parallel_slogans, slogan_title_end, asks_question,
                                 is_photo_caption, page_headline, roc_page_year, goal_date, heading_states_level, in_abstract, is_bare_label,
                                 is_goal_label, is_title_line, restates_commitment, run_in_goal_spans, topic_label_end,
                                 title_is_labelled_item, dated_in_reported_year, reported_data_year,
                                 document_number_year)
from extract.rules.text import introduces_past_list
from extract.rules import target_lists as _r17  # (r17 tfp17)
from extract.rules import caption_records as _captions  # (lead41)
from extract.rules import unit_carried_subjects as _ucs  # (lead41)
from extract.rules import table_captions as _t17  # (r17 table17)
from extract.rules import cell_line_plan_tables as _clpt  # (lead53)
from extract.rules import table_layouts as _tl18  # (r18 tablelay18)
from extract.rules import unit_salutations as _usal  # (unitP20) addressee lines own no paragraphs
from extract.rules import unit_duty_items as _udi  # (r23 unitA23) duty lists' items
from extract.rules import unit_duty_headings as _udh  # (r24 unitA24) U8b (iii) duty headings
from extract.cues import salutation  # (lead40) a speech's salutation
from extract.rules import source_credits as _credits  # (lead40) a page's source credit is no unit row
from extract.rules import unit_duty_list_shapes as _udl  # (unitA38) an item under a class heading with its own label
from extract.cues import is_unit_cell as _is_unit_cell
from extract.rules import upload_stamps as _stamps, task_result_lines as _trl, plan_issue_years as _issue, disclosure_reports as _disc  # (O3d) upload stamps over a dated plan; (tgtA27); (tgtA30) a plan's issue reported
from extract.rules import report_cutoffs as _cutoffs, report_parts as _rparts  # (O3d) an undated page's cut-off year; (rptA26) review parts
from extract.rules import rulebook_targets as _rb  # (rulebook G4a)
from extract.rules.target_exclusions import announces_progress, cites_page_address, counts_set_out_list, link_list_spans
from extract.rules.target_frames import broken_line_start
from extract.rules.table_rows import YearValue, plan_column_values, plan_number_runs, year_column_values
from extract.rules.recounts import Recount, recount_spans, restates_recount
from extract.rules.target_cues import (Carry, opens_result_label, announces_projects, frames_period_to_date,
                                       heading_states_task,
                                       report_counts_task,  # (tgtB21)
                                       letter_sets_tasks, publishes_report, run_in_review_spans, title_names_plan, lists_years_works, states_level_only,
                                       title_reports_done, title_reports_list)
from extract.headings import title_quantity
from extract.rules.unit_prose import duty_unit, find_prose_lists, heading_task_then_units, led_then_task, opens_with_duty_head, unit_duty_blocks
from extract.rules import heading_sentences as _hsent  # (lead39)
from extract.rules.unit_flat import dropped_blank, flat_rows
from extract.rules.unit_rows import bare_unit_rows, continued_rows, headerless_rows, spaced_rows
from extract.rules.targets import Candidate, Decider, TargetHit, find_targets, table_comparator
from extract.rules.unit_clauses import duties_then_office, glued_project_rows, ordinal_goal_title_end, issued_number_year, quoted_party_via_across_lines, opening_phrase_title_end, only_bare_levels, unit_cell_before_progress, without_duty_adverbs
from extract.rules import unit_goal_phrasings as _ug16
from extract.rules import unit_heading_brackets as _uhb  # (unitC24)
from extract.rules import past_results as _rest16  # (r16 rest16)
from extract.rules import planned_list_leads as _pll  # (lead45) N17b: the breakdown of a planned whole
from extract.rules import staffing_lines as _staff  # (lead45) U4a: a committee's staffing lines
from extract.rules import division_labels as _divl  # (lead45) U4a, U7: 部门分工:X牵头,Y配合 under its task
from extract.rules import joint_parties as _joint  # (lead45) U7: a party read with its joining conjunction
from extract.rules import group_duty_lines as _gdl  # (lead45) U8: a working group's line and its duty line below
from extract.rules import unit_titled_duties as _utd  # (lead53) a duty title run on in prose
from extract.rules import unit_directives as _ug17  # (r17 ug17)
from extract.rules import unit_evidence as _uev  # (r18 unitv18)
from extract.rules import rulebook_units as _rbu  # (r18 confU18) the written unit rules
from extract.rules import goal_dates as _g17  # (r17 goal17)
from extract.rules import wrapped_lines as _wrap17  # (r17 wrap17)
from extract.rules import rulebook_goals as _rbg  # (confG18)
from extract.rules import rule_clarifications as _rcl  # (confB19) N13a, O3f
from extract.rules import pipe_value_tables as _pvt  # (tgtC39) N6: pipe rows' value cells read as prose
from extract.rules import past_dates as _w17  # (r17 wide17)
from extract.rules import goal_scopes as _scope18  # (r18 goal18)
from extract.rules import goal_own_time as _own_time  # (confG19) O3d
from extract.rules import goal_plan_time as _plan_time  # (goalX20) O3d: a work plan under a later upload stamp
from extract.rules import goal_headline_leads as _glued  # (goalX20) O2, O3: a headline run into its lead
from extract.rules import goal_launches as _launch  # (goalX20) O3: the launch of a year's work told as news
from extract.rules import goal_article_frames as _frames  # (goalY20) O3
from extract.rules import goal_update_stamps as _update  # (goalX20) O3d: a later update stamp
from extract.rules import goal_asides as _asides  # (goalA21) O1, O2: bracketed notes between items
from extract.rules import goal_group_lists as _groups  # (goalA28) O1, O2: goals listed group by group
from extract.rules import goal_report_items as _ritems  # (goalA22) O3: a report item's task still ahead
from extract.rules import goal_title_labels as _titles  # (goalB21) O1, O2: a page's title of the year's goals
from extract.rules.target_status import title_reports_results
from extract.rules import year_review_titles as _yrev  # (N13) a page titled as a year's results
from extract.rules.list_done_leads import lead_reports_list_done  # N13a: a lead announcing a list done
from extract.rules import works_schedule_tables as _wsched  # (lead43) works tables with an expected completion column
from extract.rules import result_list_leads as _results37  # (tgtA37) N13: ``…達標成果,涵蓋…63項任務:`` over its items
from extract.rules import section_stance as _stance  # (tgtB38) a section's own sentences: commit or report
from extract.rules.list_issue_leads import is_item_title, tells_list_issued  # a story of a list's issue
from extract.rules import unit_people_parties as _upp  # (r21 unitA21) people in a unit list
from extract.rules import unit_item_numbers as _uin  # (r22 unitB22) an item number set off by a space
from extract.rules import page_chunks as _chunks  # (layoutB21) a doc-sharing preview's chunks
from extract.rules import unit_charge_frames as _ucf  # (r21 unitB21)
from extract.rules import unit_bracket_lines as _ubl  # a bare unit bracket on its own line
from extract.rules import unit_led_doings as _uld  # (unitB23) U7: ``X牵头`` + the task's own verb or object
from extract.rules import goal_heading_parts as _parts23  # (goalA23) O1: goals named beside other parts
from extract.rules import goal_lead_headings as _leadh  # (goalA35) O1: a lead-in sentence read as a label line
from extract.rules import goal_notice_sentences as _notice23  # (goalA23) O3b, O3h
from extract.rules import field_value_lines as _fvl  # (vfpA28) a people/schedule field's value below its label
from extract.rules import goal_school_years as _school23  # (goalA23) O3d: a school year under way
from extract.rules import goal_page_dates as _dates23  # (goalA23) O3d: an undated page's own dateline
from extract.rules import goal_page_titles as _pagetitle23  # (goalA23) G4a, O2: the page's first line
from extract.rules import goal_heading_names as _names25  # (goalA25) O1: a label line that names the goals over items
from extract.rules import page_heads as _heads25  # (goalA25) the lines that may be a page's title
from extract.rules import unit_host_runs as _uhr  # (unitA31) an organisers block's run of host labels
from extract.rules import unit_article_items as _uai  # (unitA31) a charter's article numbers and owner lists
from extract.rules import unit_respaced as _urs  # (unitA31) units spaced apart in the source
from extract.rules import unit_calendar_tables as _ucal, unit_group_items as _ugi, unit_upright_cells as _uuc  # (r33 unitB35) a work calendar's task and office cells
from extract.rules import unit_host_labels as _uhl26, reply_frames as _rf, unit_run_in_owners as _urio, unit_post_lines as _upl, unit_duty_tables as _udtab, unit_led_groups as _ulg, unit_host_items as _uhi, unit_duty_titles as _udt30  # (unitB26) label lines in a site's footer; (famA27) a reply's frame; (unitA30) make-up lines
from extract.rules.units import (AssignmentHit, task_above, without_item_marker, find_inline_assignments, find_listed_assignments,
                                 find_role_runs, find_verb_assignments, apply_lead_marks, units_of_heading, bare_unit_heading,
                                 duties_of_unit_title, item_marker_kind, unit_list_heading)
from extract.rules.unit_charge_finders import find_charge_clauses
from extract.rules import unit_bracket_by_doings as _ubbd  # (unitB33)
from extract.rules.unit_label_lines import (find_spaced_labels, find_trailing_labels, form_item_title, label_key_holds_on,
                                            parse_label_line, read_label_block)

RULES_VERSION = "rules.v108"  # v108: (lead53) a page that opens with its body's charge (``某局负责…。主要职责是:``) gives the body the duties listed after it; v107: (lead53, w193-w195) an office's post and its holder after ``由`` (``由某局某厅厅长张某、…分别介绍…``) are people; ``小学生`` ends no school's name; a work progress title (``…工作推进情况``) reports the past; v106: (lead53, w190-w192) a plan table flattened one cell a line with its units in the header cells (``计划招生班数(个)``, a header printed twice for two blocks) gives its planned columns (``rules/cell_line_plan_tables.py``); a group's post lines (``组 长:校长``) are no tasks; v105: (lead53, w187-w189) a led deed of two doings reported done (``X牵头组织开展了…``) keeps its row; a dated event's day (``“4.15”当天,``) opens no subject; those a body answers to (``对县委、县政府负责``) do not lead; v104: (lead53) a time limit asked of the reader (``请于公告发布之日起10个工作日内反馈``) is notice furniture; ``规划为``/``规划设置`` plan the count after them; v103: (lead53, from the retired sealed v36 texts and w181-w183) a group whose posts were left blank (``组长:成员:…工作职责:1.…``) owns its numbered duties; who holds a post (``由…副县长任组长``) no doing; field words sharing the last one's ``部门`` (``工信、粮食部门负责…``); a township's central school named whole after ``由``; ``负责成`` orders no one; ``通力配合``; a meeting's ``X要进行全力配合`` a helper's row; two parallel decisions after ``由`` (``由甲校选派4人、乙校选派7人…``); ``X联合Y,依据…`` and after a purpose clause; ``个课时``/``个学时``; a template's group whose posts were left blank with its duty run on after them; ``由X牵头,Y、Z等部门联合对…``: the partners help; ``X联合Y等7个部门,…``; a population bound with another condition (``30万人口以上或…的县``) picks places; ``原开设N班`` a status; ``承诺`` commits; a body's duty title run on in prose (``第十三条 共青团的主要职责 充分发挥…``, ``rules/unit_titled_duties.py``); v102: (lead52) chapter headings run in before a charged name (``…机构三、分工(一)某组 某组负责…``); a heading's name with its other rank word in a bracket (``保卫部(处)``) owns its items; v101: (lead52) a sharing site's member banner (``N亿VIP精品文档``) is furniture; ``本`` before a document word (``1.1本预案``) is no count; aid paid out and its beneficiaries (``共支出``, ``受益学生近``) are a tally; a duty title before the same name (``教务处 教务处负责…``) and an outline mark inside a run-in heading give the name once; a duty title glued to items numbered in Chinese (``…职责一、…;二、…``); an office's whole name after ``会同``; a joint deed reported done keeps its row (U7); ``,将由X+doing``; a kind of department opens ``由X+doing`` (U7d); a system being formed (``形成由…``) is no charge; one body's posts each with a duty line are people's duties; v100: (lead51) a partyless title glued to its first item (``(二)主要职责1.…``) over items that each open with a party's duty label (``1.甲组职责:…2.乙室职责:…``): each item its label's row; v99: (lead51) a passive lead with its adverb or carrying verb (``…由甲局统一领导``, ``…由甲局进行综合统筹``); v98: (lead51) a body set up and led by X (``成立由X牵头,…组成的专班``, ``建立健全由X牵头…``) is no task of X; U7h: a time limit before the subject (``三年以内…要``), a class of townships' bodies (``乡镇卫生院要…``) and a decision on who pays (``…要安排相应资金…``, U3a) give no row; v97: (lead51, from the retired sealed v35 texts) offices a line each with their duties in a bracket (``宣传部(负责…)``, numbered items inside); a make-up or a history after ``由`` (``由甲校、乙校三个学校组成``, ``合并组建而成``) no task; a body defined by what it serves as (``X作为…的平台,…``) owns the items under its own lead-in line (``其主要职能有以下几项:``); a later duty title (``主要职责划分``, ``校长职责:``) ends a heading unit's items; ``铺设…跑道``/``重建围墙`` works verbs; a level bound (``区级以上示范园``) is no comparator; ``创立`` (not ``创立于``) a target verb; v96: (lead51) an inspection's count of what it inspected (``共检查校外培训机构17家``) is past, years of service that pick out who is honoured (``任教25年以上的教师``) a threshold; v95: (lead51) the name's own bracket before its role verb (``由乡镇(街道)牵头,…``) is no doing; a led deed reported done keeps its row (``X牵头开展了…``, U7 twentieth round); U7h: an appositive before the modal (``X作为…,要…``), an example's mark off the name (``如县妇联要…``), decisions joined by ``、`` each read, an asked name cut inside a word (``学校和社|区``) none; v94: (lead51) a budget's change from a numbered base year (``較111年度成長5.85%``) and the base year's own figure (``比114年度651.55億元``) are no amounts set; an inspection's tally (``现场排查出59个``, ``当场处罚6家``, ``责令整改15家``) is past (with norm.v25: a flattened outline's lost line breaks); v93: (lead51) a matter clause before ``由X负责,Y配合,做好…`` (``关于某校用地问题,``) names no task; a glued duty title with its body's make-up sentence (``某组职责某组由…组成。其职责为:1.``) or a sharing site's page mark before its first item, each glued title closing the block before it; ``X将会同相关部门+task`` and the subject of a later clause (``…,甲局将会同…``); helpers named by field words sharing the last one's ``部门`` (``会同教育、财政部门``) and by kind (``教育主管部门``); ``积极/主动/及时会同``; v92: (lead50) a lead word run into the next unit's level inside a role bracket parts the roles (``甲局、乙局牵头省丙厅、…按职责分工负责``: a joined line lost the comma); v91: (lead50) a page's counters (``0人点赞``) and the parts a whole is split into (``分解为20个``) no targets; a stage before ``由`` (``第一阶段由X…``) and a federation (``区残联``) as the doer, a person's appointment (``由…理事长兼任…``) none; v90: (lead50) each listed event's bare charge label (``(一):某比赛`` / ``1、负责:某处``: responsible, U4a), people's organisations named as organisations (``妇联组织``, ``少先队组织``), a class noun ends a helper's name before the task (``会同教育主管部门深化…``), ``专项行动`` and like words end in no bank; v89: (lead50) a bare kind in a meeting's decisions is no party (``学校要…``, ``教育部门和学校要…``: the department), ``要求相关部门…`` asked by relation; a group's ``工作任务:`` label and a group run into one paragraph with its people (``(三)某组组长:…工作任务:1.…``); a post and its holders with no colon a staffing line; ``万公斤``/``公斤``/``千克`` weights; a task's quota named before its number commits (``推广任务N亩``); ``新拓`` a works verb; v88: (lead50) U7h parties by relation (``相关部门要…``), a leader's visit named by title (``县长某某调研…``); a word in 处 that names no office (``注明出处``), a body named by its charge is no task (``负责…工作的机构``), ``协同`` compounds no helper (``协同育人``), an owner's short-name note before its task list (``某会(以下简称…)任务如下:``), a body's members before and inside its make-up clause no targets (``委员19名,由…代表5名…组成``); v87: (lead50) U7h: a meeting's or a leader's visit's decisions on named units, also after commas in a list of them, by their modal or asked (``请X…``, ``要求X…``), a time word before the modal no part of the name, two whole names joined by ``和`` two leads, the distributive members of a list dropped, kinds by relation kept (``相关部门``); a body set up in a sentence of its own owns the bare duty list of the next (``成立“X小组”,…。主要职责包括:``); v86: (lead49) a meeting's record puts its decisions on named units by their modal (``某局要+task``; ``X、Y等单位要相互配合,+task`` with no lead; not a collective, the members, a kind of department or the meeting itself; ``rules/unit_modal_subjects.py``); v85: (lead49) the classes or pupils graduating (``小学毕业N个班M人``) are the cohort leaving, no intake target; v84: (lead49) an adverb of each place (``逐校``, ``逐村``) ends no name, a ``会同`` list closed by ``等职能部门``, passive handling by several bodies each (``…由甲局、乙局分别审核``) and by verbs of making or hiring (``…由X制定``, ``…由X聘任``); v83: (lead49) a purpose before ``会同`` keeps the subject the lead (``X为有效防范…,会同Y,+doing``), ``…由X核定`` in passive order; v82: (lead49) ``X联合Y等部门,+doing`` with a comma before the doing (and ``前往``, ``进一步`` opening it), the subject of a lead-in sentence with its modal owns the list (``X必须…,其主要职责为:``); v81: (lead49) a time field in ROC years with weekdays and clock times is no goal, places left out or counted within places are a scope (``在全省除N个…以外``, ``在全省N个市州M个县区``), a past year's batch of funding gives no planned project measure, a number run into a programme's name (``3113项目…行动``) is no count; v80: (lead49) each listed event's own host labels (``(一)某比赛:`` / ``1、承办学校:甲校``), an event's stages by their host labels (``决赛主办单位:``, with norm.v24), a row of joint parties only stands in no reader's way, a bracket label whose colon was lost before one name (``(牵头责任单位某局)``), a basis before ``会同`` (``甲部门根据…精神,会同…``), ``动工``/``开工``/``启动`` open a task, no name, a campaign's length after its dates (``…开始,…结束,共N天``), ``要点`` is no modal, a band along a border is a zone; v79: (lead49) the report formula ``现将…总结如下`` is no modal, a situation report's title (``…情况报告``, also with a file extension) reports the past, a batch pointed back at and spread over places (``本批N套…分布在甲校N套、…``) shares the commitment of the sentence before, the header row of a performance form's indicator part ends its goal label's goals, no name ends in a verb's or a function word's first character (``承|办``, ``提出|所属``), a plan's word after a period-to-date opening sets the number ahead, ``X类由Y部门监管`` pairs in a list or an example's bracket (not the make-up of a mechanism to be built); v78: (lead48) the size of an attached list (``(附80所学校名单)``, ``某名单(100所)``) is no target; v77: (lead48) the issuer's demand on its office (``学校要求/督促X+doing``), a duty heading with its people in brackets (``某办主要工作职责(责任人:…):``), ``等N个执行单位`` closes a list and its count is no target; v76: (lead48) an event plan hosted by its organisers only (``承办单位:`` with no ``主办``: no lead, all responsible; ``主办处室`` labels; the plan's title found above the labels), a post joined to a body (``校长及家长会``) leaves the body, copies of papers (``一式3份``) are no targets; v75: (lead48) a unit label's duties going on in paragraphs of their own under a division heading, a subtitle's dash is no part of a name, ``由最初A增至约B`` is a change reached (a quoted programme name is no modal), the levels of an indicator system are its make-up; v74: (lead48) ``牵头司局``/``参加司局`` labels, a 3-character name in 司 is no person, ``等单位(部门)`` tails and ``…人员`` people in lists, ``X对…进行…,负责Y``, ``建设部门`` is a unit, a shared payment (``共同承担``) and a page-continuation mark are no task, ``人才`` after a number is no measure, the end of a day-started period is no deadline; v73: (lead48) a duty title glued to its first item on an unbroken page (``(二)某部职责1.…``, members' titles read by subject), a division after its part's title (``(二)明确职责分工。甲局…;乙办要…``), dash bullets as items, a list lead-in is no task, ``下设N个工作组`` is the make-up, ``X联合Y(等部门)+task``, ``应急…``/``对外…`` names are subjects, people's organisations (妇联, 残联) end a name; v72: the same session: a long group named with 及职责 owns the duties under a lone 职责: label, its sub-labels skipped, its numbered lines read on, a time before a duty skipped (开学前,制定…), posts with a bracketed note (组长(分管责任):) are people lines; v71: the same session, from the opened w100-w102 batches: duty heads numbered by glued bare numbers (…职责1甲组:…2乙组:), duty titles closed by a full stop over their charge (综合组职责。主要负责…), a count of cadres is people (由一名股级干部任组长), an event's stage labels the task a 由X clause puts on X (本市初赛:由…办理), a department named after its government or 院/部 is one name (本市政府环境保护局); v70: the same session: a purpose (为达…之效) or a definition's subject (本手册所称…) is no unit; v69: the same session, from the opened w97-w99 batches: task tables one cell a line closed by pipes and without serials (the row's unit read by what its cells are), working groups' tables one cell a line (组别/职称/职掌: a group's duties whichever post stands above them, none for a person), a charter's sections a line each (一、建设课:…, three of one kind); v68: the same session: 均 spread over kinds named by one character in a longer list (甲、乙、丙定点率均达…), a sharing site's collection count no target (大全5篇, 优选15篇), a month's deadline inside the sentence (…2031年12月底前全面完成), a remediation's goal label (治理工作目标:); v67: the same session, from the opened w94-w96 batches: arabic-numbered unit headings over bracketed items run into a paragraph (1.甲部(1)…2.乙部(1)…) and an item number after a name (保卫部(1)), a group named on its members line or with 及职责 owning the duty lines below (工作职责: alone, unmarked lines; numbered duties wrapped over lines; posts left blank, equipment lines skipped; 主要任务:), a clause setting up a count of parts no name (下设五个组), who heads a body no duty (由校长担任指挥长), a manner clause before a carried charge (X根据各自职责,负责…), X联合/协同有关部门 after an opener, named units with a 等部门 tail acting jointly (X、Y、Z等部门联合开展…) after a news dateline, helpers listed after a lead with no verb (X牵头,Y、Z等单位,对…); v66: the same session, from the open development texts: an office set up with its host after a comma and its head named with it (下设办公室,设在某局,办公室主任由…兼任,负责…), the host an office is seated in takes no charge (X设在某局行政办公室,负责…), a purpose clause is no name and a refused match is tried again from the next clause (为加强对…,…,办公室设在…,负责…), a body set up after a joint or renamed (并成立某组, 原某组更名为某组), a body named by its charge (X负责督导的机构应当…) and a post with its modal (某司副司长会负责) no row, 由X主席 a person, 上级指示 a condition, 由…组成 a make-up; v65: the thirty-sixth round's first session, after the forward batches w89-w93 were scored and opened: a law's paragraph number (〔1〕) before an owner's lead-in, ordinal sections glued on one line (…事项第二科:掌…), a division's heading run into its first head (职责分工甲局:…), a time set by an event opening a duty (考试前,…), duty lines up to three lines apart, the lead in its own clause after a purpose or a date (为…,1月7日至20日,X牵头,联合Y…), a banner's 前/后 no time word, a sign no instruction (疏散指示标志), a division run into one sentence by semicolons (…分工…:甲局重点…;乙局…;丙局与丁局联合…), a matter before 由 no part of the body's name (甲证明由乙局审核), 户籍所|在地 no office; v64: the same session, from the opened w87 and w88: a term's definition (X:指…超过N…的) holds no target, a bound of pupils before a kind of school (1500人以上的中小学校) is a scope, places counted with a longer qualifier (在全省12个试点县以外的…) are a scope, a year characterised (2031年是…的重要一年) is no goal inside a goal section either; v63: the same session: a library or an institute (…馆:, …院:) heads its duty line as an office does; an office's other kind in brackets stays in its name (辅导处(室)); v62: the same session, after the forward batches w87 and w88 were scored and opened: two whole names joined by 及 are two parties (由甲局及乙处…, 责成甲局及乙处…), 办理/处理 is a verb, no name ends inside it (现将办|理, 该处办|理); v61: the same session: a duty page's body defined by whom it works under (X在…领导下,…。其主要职责如下:) owns the list its lead-in opens, and a page that opens by defining its body (X是…职能部门,…。) owns the numbered duties right below it (two of the first three open with 负责); v60: the thirty-fifth round's second session (the open w56, w84, w85 texts): a list of bodies then a bare comma before their charge (X、Y、Z,负责…) leads it together, a later clause's 牵头 charges the sentence's subject (X要…,牵头做好…), X会同有关部门 with or without a comma (a manner clause before the task skipped; a notice's oversight no row), a body named with its setting-up verb (下设办公室, 成立…小组) is named without it; v59: a working group's line (1. 宣传组:members) owns the duty line below it (职责:…, one row; numbered duties, one row each), over any owner further up; v58: the same session, after the forward batches w84 and w85 were scored and opened: a clock time after a date (上午11:00,) opens no subject, a party read with its joining conjunction (并与X配合…) takes no role; v57: the same session: a division-of-work label line under its task (部门分工:X牵头,Y配合) gives the task's row and no goal, nor does a leader's line beside it; a committee's staffing lines (主任委员:names, names alone, 裁判:由…担任) are no duties; a clause that opens with the works' total area (总建筑面积 N) measures them; v56: the thirty-fifth round's first session (the retired sealed v34 texts, w56-*, read first): the items of a breakdown a planned lead announces (共需为…发放…。分别是:) share its commitment; performance-target forms read across pipe rows and lines alike (项目名称/专项名称, 主管部门 leads and a different 实施单位 is responsible, a money unit in a label bracket, signed values and compound units, the form's year for its indicator part); 指标值及单位 is no unit column; v55: unit names the development gold holds and the unit test missed: a Taiwan school (某某国小, 某某国中), a joint meeting (…联席会议) and a task force (…专班); v54: more from w74, read again: a building named as newly finished (新建成的…) holds what it holds, a ratio in words (师生比1比7.8), a goal year after what was done (…,目标2031年再增加81班); v53: the same session's w78 and w79 batches: a directive's list of who does what (责成副市长…,教育局核实…,财政局协助…): each later clause that opens with an office's name and its doing is that office's task; v52: the same session's w77 batch: a works verb with its variant in brackets (新(改)建, 改(扩)建) is a target verb; v51: the same session's w75 and w76 batches: what a plan named just before sets out (已制订《…计划》,提出…2031年达到40%) is ahead, a department named by its level and field (省人口计生) inside a table's unit run, a numbered deadline field ((六)完成时限:…) makes no goal; v50: the same session's w73 and w74 batches: the performance a year's work achieved (辦理績效, 整体绩效) as a review heading, also run into a paragraph after an ROC year (一、120年度辦理績效:), a report's tally of cases handled (計補助N件, 计核定N件) as past, a rate stated with 为 among its sentence's commitments (…不低于95%,达标率为100%), this time's works (此次新建…) with a completion still expected in their sentence, a months-to-years age group after a count (48名2足月至未满2岁); v49: a three-character topic before the unit charged with it (托管班由X负责); v48: the forty-fourth session's fresh batches (w70-w72, labelled before any rule work on them): an authority of a kind (公安机关) is a unit, a list of helpers ends where its last name runs into the task (…大队开展…) or at its 等部门 tail, a lead without 由 whose 联合/会同 clause names its helpers (X牵头,联合Y开展Z), a template's blank year in a document's name (镇20年…工作方案) is no span (with norm.v23: wrapped runs cut by the text's end, half-width characters widening a wrap's margin); v47: the same session's w69 batch: a body's make-up (由…N个…组成, N个…具体包括:), a goal section cut after its date and subject (到2020年,全), the budget year of a budget's totals (2025年部门预算总支出N, 总收入预计N); v46: the same session's w68 batch: a programme's name in corner brackets (「120至122年…計畫」) dates nothing (N9c), a later clause opened by its own relative time (去年更争取…) takes no year an earlier clause wrote, works verbs after N年内 (3年内整修N所), present-frame claims (如今,…成效显著。) make their figures status; v45: the same session's w66 and w67 batches: results closed by a task met early (提前超额完成), a paragraph opened by an ordinal item claiming a result (一是…得到改善。, 实现较大增长) makes its figures status and 将X提高到N there a raise reported, a goal named as what a matter bears on (关系到2040年…目标) and the span a document serves as the basis for (作为…年至…年的施政依据) are no deadlines, an undated page's figures set beside an earlier year's (比2025年提高了…) date its data year (a cited plan's name in 《》 says nothing of the future), a works table under an expected-completion column reads as a plan, a main-content mark (主要内容) ends a link list; v44: the forty-third session's fresh batch (w65, labelled before any rule work on it): an estimate under a condition and a denied deadline (如果…恐怕N年才能完成, 不可能在N年内), 虽有 conceding what there is, money put into works breaking ground on the story's day, the task quoted as the indicator a progress report measures against (指标就是“…”), a body set up after a clause of its make-up takes the charge and a make-up clause read into a unit's name is cut off; v43: the same session's fifth batch (w64): a budget's change from the year it is set beside (较今年增加…、约增N%, 减列N, 降幅达N%) is no amount it sets (N13b), 2026年合计编列N as a budget of a year ahead, 扩充…学位 and 提质 as works verbs; v42: the thirty-fourth round's third session (the lead's four fresh batches w60-w63, each labelled before any rule work on it): the budget of a named year ahead and its allotments (N17b, O3e), figures under a government's condition, long quoted scheme names, ROC years before a month or after a comma, the approval year of works' money, works taken into a plan, results lists after 取得…成效, a forecast population's share, 学额; source credits closing a caption, a story closed by its editor's credit opening the link list, numbered titles opening with a measure character, phases and a body's parts, zones round a school, plan names no future marker, 20XX年或之前; 以X牵头, 责成…团队, short-name notes and support words in unit names, attending an event no task; N是 outlines' acts on goals, a meeting's purpose and introduction, a year dating a cited document; v41: the thirty-fourth round's second session (the lead; w54A read, w54B and w52B by totals): a photo caption holds no target or unit row (G2a), a slash reporter credit closes a caption, link lists give no unit rows and take labels in either order, a footer's 信息首发 title copy, a site's disclaimer; a later clause's 负责 charges the subject the sentence named at its start, a task label over its charged unit, 同时/亦 before a charge, 会同 closed by 召开/起草/修订, 主抓单位 as the lead's label, lone labels under any named division of the work; vision words (基本普及) need a second cue inside a recount, 经过…努力 opens a recount, the progress of works reached (工程进度达N%) is status, 届时 after works about to open keeps its target, an estimate (预估) commits in its own clause, a standing frequency (每两个月汇报1次) is a target, 后年 commits, amounts in thousands and hundreds of ten-thousands (N千N百多万元); a notice that arranges reports is no report, an open-information page's title field and progress column labels (【工作进展】) file it as a report; a year from which works can be used (即可使用) and a school year's term before 起 date goals; v40: the thirty-fourth round's first session (unitA40, probeG40, the lead; the ex-sealed v33 texts' open half w54A read first): a duty page's own body owns a duty title naming no party, working-group headings under a heading that divides the work, remits by a duty noun (X主要职能是:Y) and X是在Z领导下负责Y, subjectless charges after a definition, post holders on the line below a bare post label are people, time words run into a unit's name; a speech's salutation opens no plan outline (recounts in a speech give no targets), 预期受教育年限 and 率先基本普及 no commitment, 工会/共青团 as people's organisations, X承担Y职能, 如附件1所示 no count, a page's repeated source credit no unit row; news bylines date the story, tasks closed by their year in brackets, goal labels by the heading vocabulary, bracketed labels end goal items; v39: the thirty-third round's second session (tgtC39, the lead's genre probes): pipe tables inside prose pages (year-row tables, value cells quoted from the row's label, per-school units, year-column cells); 了 after the number in its own clause, past-period openers (上学期, 上月, 此前), coefficient bounds after a level (差异系数小学不高于0.5), category columns of spaced indicator tables, ROC 年前 deadlines after a plan's 于, year-prefixed goal labels, review headings (发展成效, 成绩与不足), working groups staffed by named bodies, numbered lines that put a task on a party (1.由甲局牵头,乙局配合,…; (二)甲局负责…。); v38: the thirty-third round's first session (unitA38, tgtB38, the lead's goal part labels; the ex-sealed v32 texts' open half w52A read first): duty lists of a named body read by their shape (page fields, one-cell lines, run-on numbering, labelled items; part titles and definitions kept out), section stance for cue-less numbers outside any heading, the label of a plan's next part ends the goals a goal label opened; v37: the thirty-second round's second session (tgtA37, tgtB37, unitA37, goalB37): penalty triggers, clause numbers opening a line, the year's plan progress and gaps to schedule, page gather notes, work reported done (先后, parts of a done total), 涉及 scopes, result-list leads, date years, head tallies, 伙; 千多万 without 元, headline runs of amounts, 分别 lists of bare values, counted nouns before 将, coverage shares, 设计为/规模为; comma-joined duty heads, topic+由X doings, 作为Y的牵头单位, units working under a leader, short-name duty lines, formal-numeral host labels; past acts dated by their year after 于, measured rates, page files, work-item spans under stage headings, plan-name spans, postponed meetings, year-end counts, population forecasts; v36: the thirty-second round's first session (unitA35, unitB35, goalA35, tgtB36 on the ex-sealed v31 texts first): charter sections named by their head, peer 课 sections, duty titles over titled paragraphs, X之主责单位为Y, 由X会同Y comma clauses, marked labels over paragraphs; school-calendar tables (task | office), working-group items glued or split by markup, one-character-per-line office cells; list lead-ins as sentences, numbered field runs, goal announcements, cut dates, 通报了, one-year situation titles, fiscal years without 年; 宗 project counts, budget columns, budget totals, 控制在…以内 indexes, 对…的 rate names, project counts before their planned investment; v35: the thirty-first round's first session (unitA34, unitB34, goalA34, tgtA34, tgtB34, unitC34, tgtC34 on the ex-sealed v30 texts first): duty pages of one body, event staffing groups, spaced office+duty tables, roster tasks, 指示/协助 clauses, subject+会同 helpers, decision openers, glued labels, preamble-run duty lists, 由X after a doing label, X设在Y承担; divided goal headings, the year's expected goals, section span ends, change bases; figures as of now, study findings, outturn rates, gallery lines, old pledges; value forms (4年半, ratios, lost %), funding-step and allotment-name years, comparators, listed-total parts, 百分之 in words, currency signs, own-clause commitments; v34: the helpers of a 会同 clause end before a title's bracket and at 印发/出台; v33: the thirtieth round's third session (tgtA33, goalA33, unitB33, goalB33, tgtB33): deeds told with 了, awards won, situation headings, 要 inside words, population forecasts, places a coverage counts, part-of-year recounts; the noun 计划, 预期寿命, 规划 before its count, later-clause and meeting-name years, money handed down or spent on works; a year's funds, guiding lines, step and span years of goals, HK/Macau school-year forms, hoped-for years; 由X brackets closing an item and guards on names read after 由; v32: the twenty-ninth round (unitA31, tgtA31 on the ex-sealed v29 texts first: organisers' blocks, body charges, charter and office duty lists, respaced names, 或 between parties, persons in 由X; parts of a count after 其中 follow their total, bare 确定 of a chosen list, measure words, households before people); v31: the twenty-eighth round (tgtA30, unitA30, goalA30 on the ex-sealed v28 texts first: plan periods of reposted plans, progress shares of planned amounts, cohort-year marks, category breakdowns, disclosure annual reports, base-frame years, works finished before the text; duty tables, duty titles over items, unmarked owner headings, post lines, led groups, host items, slash names; cited status, dated acts, time fields, bulletin years, span ends, stepped years; lexA30: joints and lead words of lexical variants); v30: the twenty-seventh round (tgtA28, unitA28, goalA28 on the ex-sealed v27 texts first: plan lines of work-report news, forecast totals, review leads, opened works, 职掌/职权 and 掌理 lists, 主管机关 names, group-by-group goal lists, goal lines under the year's goals label; then readers made to hold across layout variants and scraping defects, vlabA28, vnumA28, vtblA28, vunitA28, vrestA28, vfpA28, metaA28, glistA28, fixG28: labels on their own line, lists read by their style, one-cell-per-line tables like pipe rows, quota tables, field labels over their values, goal list items whatever their marks, wrapped lines dense with figures); v29: the twenty-sixth round's second batch (tgtB27, tradA27, goalB27, unitB27): overview headings and benefit brackets are status, one reader for Traditional 施政/budget pages, goal readers by family (doc-sharing previews, run-in goal headings), unit readers across numbering and layout variants; v28: the twenty-sixth round (goalA27, famA27, tgtA27, unitA27 first; the ex-sealed v26 texts read first): goal cues (since-years, year epithets, goal lists after 包括/即), one reader for replies to proposals (reply_frames), progress rows (task_result_lines), unit cues (level labels, head titles, standing bodies); v27: the twenty-fifth round (goalA26, tgtA26, unitA26, unitB26, rptA26, tblA26), the ex-sealed v25 texts read first: meeting names, cohort years, 实事-list titles, schedule steps, event timetables as goal cues; deadline cells counted from an event, works under way, build-to-scale frames; duty lists of bodies named once (unit_body_duty_blocks), passive handling, task-first cell lines, duty copulas, header rows, cut rows, two-row headers, charged heads, footer labels; report parts of a page (review lines and frames, plan parts); indicator tables in more layouts (transposed, run-on rows, target-year column last, rate formulas); v26: the twenty-fourth round's second batch (dedupe25: one reader per layout where two unit branches built two, widened where the other covered more; tgtB25: amounts written in parts, N8b); v25: the twenty-fourth round (goalA25, tgtA25, unitA25, unitB25), the ex-sealed v24 texts read first: goal heading names and label lines over items, page heads past related lists, circled items, bulleted quantities, year work clauses; years inside names, later items' years, opening headlines of finished works, measure scopes, value cells, task shares; bodies named by function, unit-name shapes, 由 frames, event host labels, role labels as headings, schedule days and unit-list headings, serial gaps, letters ending at a labelled item; v24: the twenty-third round (unitA24, unitB24, goalA24, tgtA24; second batch tgtB24, goalB24, unitC24: undated pages dated from their own text, list make-ups and chosen lists, 计划/需求 as nouns, beds in planned works; list leads, year rounds, cut items, nearness, visions, teaser titles, told dates, phase lines, recorded figures, cohort years; aspect and time words before 会同/牵头/负责, 由X牵头,会同Y after a task, subjectless 会同 after a date, set-up groups with their work items, proposal hand-overs, basis-only tasks, passive 由X承担, prose duty lists, heading brackets), the ex-sealed v23 texts read first: duty headings with a paragraph before their items, items with their own subject, comma 由X clauses, duty headings over one paragraph, 会同 after 由X牵头; unit cells with people, run-together unit names, schedule cells, unit headings run into a paragraph, label lines over 职责 lines, role head + unit noun labels, glued rows, source fields, 牵头的工作 headings, branch names; dated plans in news (two-digit fiscal years, year-subject plans, expected dates, connectives, committed reach, raised rates, 将 deeds, existing things, year lists with investment, 把/将 years, photo credits, shares having), emoji titles, slash strokes, related-title lists; title-run commitments, year yardsticks, done-works funding, dwelling units, rate standards, compound measures, year-review headlines, set-out counts, stage counts, look-back openers, item years, year runs, bounds after amounts; v23: the twenty-second round (unitA23, unitB23, tgtA23, goalA23), the ex-sealed v22 texts read first: duty lists read item by item (each item's own subject, an owner named before the list, enumeration marks and example lead-ins off unit names), helper-subject frames (乙局协助甲局做好…), offices set up then charged, 负责制定 as a charge, X牵头 with the task's own verb, label lists ending at a task field's label, 协同配合 labels; numbers that name (graduating cohorts, schooling schemes), notice phrases on body lines, 路 of devices, 已 naming what exists, 为 as for; work reports setting out the year's goals, purpose clauses before the act, bracketed budget years, goal headings named beside other parts, notice paragraphs' goal sentences, school years under way, speech datelines, page titles, started works, project lists with planned investment; v22: the twenty-first round (unitA22, tgtA22, goalA22, tgtB22, unitB22, goalB22), the new layout batch and the ex-sealed v21 texts first: a unit bracket alone on the line under its task, lead lists after 由, spaced item numbers, openers before 会同/牵头 clauses, make-up clauses of a set-up group; 其中 parts of a project list, 规划执行情况 headings, result columns of progress tables, counter characters opening longer words, 千 in units, 亿…多万 amounts, 案 and 成, storeys and sizes of buildings; progress-report task lines, nested unit notes, year work plans with their guiding line, timetable months, meeting matters and document names dating nothing, dated decisions; v21: the twentieth round (unitA21, goalA21, tgtA21, unitB21, goalB21, layoutB21, tgtB21), mechanisms of the texts of the nineteenth round's forward check first: 会同 lists of short department names, people words, offices set off before 负责, trailing 分别, contact lines; subjectless 会同 clauses and X承担 the year's 实事 projects; bracketed asides between goal items, comparison base years, schedule dates, list compiling, announced goals, forecasts; 施政目标 page titles that open a goal block, closed items with nested next items, plan-period ends as no written year, the year's 实事 list counted, year-opening clauses organising the year's work; scaled rate units, a plan counting its own parts, month-end cut-offs, counted 、 breakdowns, headings of what came about, 棵; report task lines with several counts, tasks inside short quotations, 目前 opening a later clause, eligibility thresholds; doc-sharing preview chunks are no outline headings; v20: the nineteenth round (unitP20, unitR20, goalX20, tgtR20, tgtW31, goalW31, unitW31, tgtX20, goalY20): guards by mechanism: a letter's addressee owns no paragraphs, value cells and publication-field labels are no units; charge adverbs and bare 由X负责 sentences; defined or placed units that 主要负责; tables flattened one cell per line and vertical task forms; O3d work plans and doc-sharing uploads under later stamps, undated pages' cut-off years, ROC past years; a clause that commits beside a past one; 累计 under a plan bound; N千元; look-back openers and leads announcing works done or a list issued; wrapped header cells; headline leads, launches told as news, clausal goal items, 计划 in plan names, fiscal-year 编列, the year's 实事 list leads and its selection, goal-completion headings, articles about themselves, closed spans reviewed, ROC school-year spans; counts closing a 等 list, completion shares of a plan, 平米, years since an event; v19: the eighteenth round (confT19, confU19, confG19, confA19, confB19, confR19, confO19): the written rules as tests with fixes: N9e project counts, N8 兆 measures, N12a piece counts and bracketed heading counts, N2 earlier plan periods, U7 led clauses, U7f host labels, U4e topic tasks, O3d publish stamps, O5 bare quotes; the w29 adjudication (G6 foreign sentences, N1e bounds after lists, N8d noun counts, O3i guiding lines) and the second adjudication (G4 backward widening, N13a done works, U4b labels with debris, U7 titled 由X items, U7d contractors by kind, U8c single items, O3f list sentences); N12b areas reached, N13 done counts and present levels, N17 framing spans, N8b 万 tails; G2a cut letter dates; O3 years a commitment runs from; project tables without a unit column (N7 span-of-years columns, N13a done works rows); v18: the seventeenth round's third batch (confA18, confB18): today's rules G5, N9e, N9f, O3i, O1d labels, O4, U4a assessor columns, U4e as tests and fixes; the strict xfails G4 (a repeated mention's quote takes the line above), N9d goal side, N11a with a modal, N13a in-year task cells, O1c hanging-indent wraps, U7e organiser verbs in running text, U8c lone office labels; v17: the seventeenth round's second batch, the written labelling rules as tests and fixes (rules.rulebook_targets, rulebook_units, rulebook_goals: N1a-N17d bounds, measure words, years and exclusions; U2-U8b fields, labels, helpers, collectives, organiser pairs, office labels; O1-O5 decimal goal headings, category rows, cut last lines, expected-results headings, budget dates, announced aims, line-final semicolons); v16: the fifteenth to seventeenth rounds (eval/README.md; rules.v15 stood through the fifteenth and sixteenth rounds' merges, so a resumed run could keep their records stale): the seventeenth round's allocation and unit/plan-column tables in any layout, goals read across joined wraps, unit-row evidence recorded on each row (cues), run-on units repaired, 〔〕 role brackets, U3b level lists split, key notes naming the lead; the sixteenth round's target exclusions, frames, phrasings, past results, unit directives, table captions, goal dates, wrapped lines, past dates; and the fifteenth round's (eval/README.md); v15: the fourteenth round (eval/README.md), with its second batch (rules.target_status, target_counts, target_forms, target_layouts, unit_clauses, unit_labels: statuses, list make-ups and case selectors kept out; each-of-list counts, broken numbers, label values, progress breakdowns; relation-named leads, 主办/协办 labels, 会同 phrasings): funding words and amounts in brackets, rooms of a new building, N年内 limits, per-class allowances, 上限 as <=, school years; specifications of a planned facility (classes, floors, land, capacity); works-step years date the works quantities (N9b); recount runs outside outlines; 由X负责、Y配合, collectives that lead, 共同责任单位 labels, X、Y及Z splits; indicator tables with dash cells, reached-value columns, spaced progress tables, two-year each pairs; goal slogans in parallel, listed-project counts, title bars, 自YYYY年以来 as past, document-number years, clauses opening with a year and a level, run-in goal headings with any separator; v14: the thirteenth round (eval/README.md): unit rows of progress-report items, short table rows under merged cells, blank-parted units in cells, wrapped label brackets, U7b requests for help, more verbs closing a 会同 list, X等相关部门 as X alone (U4b); ranges with the unit at both ends, currency names after an amount, changes over a named base year, measures of works being built, benefit amounts set by a measure, task lines answered by a result label, progress cells in pipe rows, run-on numbered items, task headings with their count, results closed by the task they meet, titles that report a list, counts of works done; titles with !/? or a date stamp, questions to readers, page stamps, date-only lines, topic labels before goal sentences, paywall notes, run-on and phase goal labels, deed verbs after a year, lists chosen by vote, document-name lines; v13: the twelfth round (eval/README.md): a cited title or clause is no list of helping units, X牵头,Y配合 without 由, unit-titled items run together, 由+unit+doing (not a funding source), one row per numbered point in progress reports, repeated paragraphs no duty run, U4d principal labels, three unit columns, helpers 按职责分工负责, modals before 会同, generic parties; compound 亿/万 amounts, later measures of one project, 实事 list verbs, 内容预览 boxes, rate units, doubled-dash ranges, money set aside by a budget, changes over last year, plan lengths, sizes of new buildings, spending before works, counts run into counts; completion dates, photo captions, repeated goal sentences, year plans, budgets of a year, Chinese-numeral years, validity clauses, two-year fiscal years, 明(115)年, sports meets and estimates as no goals; v12: the eleventh round's variant-tested widenings (eval/README.md): other names of goals, meeting dates and forecasts as false goals, years after which, ROC this-years, school years in full, from-dates with a comma, expected dates in brackets; split header words and misaligned rows of spaced task tables, other row serials, headings that state a task and its unit, 会同 without 等, Hong Kong and Taiwan role labels, 负责牵头/统筹/联同/跟进, doing-notes after a unit, labels after the units; 明年 as a commitment, Taiwan works measures (坪, 日曆天), dated lists of works, spaced money, shares of a planned total, planned enrolment, age bounds, 增至 before the number, bureau 會, 提供, present-opened status frames, captions, 千萬元, ROC months; v11: the eleventh round's first merges (eval/README.md): label lines kept from the footer filter, 主要承办 leads, form fields naming the task, unit-by-unit duty and progress blocks, header-less pipe tables; page furniture of font widgets, reach of works and services, 实施/改造 as target verbs, 逾 as >, 迄今/现时 as status; headline repeats, dated sentences ending in a colon, planned-date labels, season and quarter deadlines, a year's demanded work, forecasts after a year, goal labels with their first item; v10: the tenth round (eval/README.md): prose and label variants of unit roles (由…牵头…配合, 专班, 会同…等N部门, key notes, 机关 labels, 为-labels, contact blocks), flattened task tables with blanks or two unit columns, budget commitment verbs and spending heads, task quotas, changes of a stated figure, people reached, counts of named works, spaced thousands, HK/Macau 会, changes over the year before, ROC and school years, year-month and span deadlines, goal dates in ROC years and school years, title run-ins, from-dates, demanded year ends, expected dates, progress tables restating commitments; v9: the ninth round (eval/README.md): owner lines over numbered items (rules.unit_owners), flattened task tables of doc-sharing pages (rules.unit_flat), a unit's own bracket, list markers out of tasks and quotes, service reach, listed planned quantities, appropriations, shared values in any section, still/only levels as status, works projects' planned sizes, goal items read as titles, dates after 于 and spans of years, progress reports' own-year commitments, past facts of undated reports; v8: the eighth round (eval/README.md): one vocabulary of roles (extract.roles) and a last tidy of every unit list (rules.unit_lists), goal dates before or from a (school) year, a year's deeds and project lists, review headings run into a paragraph, class-size bounds, thousands separators, per-day rates; v7: cues from the retired sealed v7 texts and the weak dev groups (eval/README.md, seventh round: prose lists of who takes which task, duty blocks, per-place quantities, frequency columns, breakdowns across paragraphs, goal labels and false dated goals); v6: cues from the retired sealed v6 texts (eval/README.md, sixth round); v5: cues from the retired sealed v5 texts (eval/README.md, fifth round); v4: the fourth round's cues (eval/README.md, fourth round); v3: bare and trailing unit labels, units in progress reviews; v2: cues of the genre, text before headings, the general table reader

_NUMBERED = re.compile(r"^(?:\d{1,2}[.、．]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|\d{1,2}[)）]|[①-⑳]|[-•●▪■◆·](?=\s|[\u4e00-\u9fff]))\s*")  # (unitA25, unitB25) bullets; (unitB27) ``①``, ``1)``
# a numbered statement paragraph that a label line below may name the units of: ``1.``, ``(一)``, and ``一、`` that the
# outline did not take for a heading (``六、…。`` read as a heading, ``七、…。`` after it as its text)
_STATEMENT_MARK = re.compile(r"^(?:\d{1,2}[.、．]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、)\s*")
_CLAUSE_SEP = re.compile(r"[，,。；;]")


_OPEN = 99  # a goal block opened by a label line, before its first item heading
# (lead42) U7e: a task that is only attending an event (``代表某主任出席会场``, ``出席会议``, ``列席``, ``陪同调研``)
_ATTENDS = re.compile(r"^\s*(?:代表[^,，。;；]{0,12}?)?(?:出席|列席|陪同|参加会议|到场)")
DEFAULT = "default"  # RulesExtractor's decider: the hand cues with the shipped learned score



number_year = document_number_year  # (O3d) the year of a document's own number (rules.goals)


class RulesExtractor(TableRecords):
    """Pattern rules; no network. ``decider`` (``rules.targets.Decider``) sees every numeric-target
    candidate with the hand cues' decision and returns the decision that stands: by default the hand
    cues combined with the learned score shipped in the package (``rules.learned``), ``None`` the
    hand cues alone. With ``past_sections`` it also sees the numbers of review sections (hand
    decision: ``section:past``), which the rules otherwise skip unread. The version names the model."""

    name = "rules"
    version = RULES_VERSION

    def __init__(self, decider: Decider | None | str = DEFAULT, version: str | None = None,
                 past_sections: bool = False) -> None:
        if decider == DEFAULT:
            from extract.rules.learned import default_decider

            decider = default_decider()
            if decider is not None:
                self.version = f"{RULES_VERSION}+{decider.model.version}"
        self.decider = decider if callable(decider) else None
        self.past_sections = past_sections
        if version is not None:
            self.version = version

    def extract(self, doc: PreparedDoc, undated: list[tuple[int, int, list[str]]] | None = None) -> list[AnyRecord]:
        """The records of a document. ``undated``, when given, receives (start, end, section path) of each sentence
        of body text outside goal sections that the rules would take as a goal but for a date cue (it has a year,
        no ``goal_date`` and no false-goal cue, ``rules.goals.FALSE_GOAL_CUES``), in a paragraph the goal rules
        read: the ``hybrid`` backend asks its model about these."""
        out: list[AnyRecord] = []
        out += self._paragraphs(doc, undated)
        out += [trusted(Goal, **self._base(doc, a, b, []), text=doc.text[a:b], target_year=y) for a, b, y in _lv.broken_goal_frames(doc, out)]  # (vrestA28)
        out += self._tables(doc)
        out += _t17.untaken_targets(self, doc, out, _clpt.plan_cell_targets(doc.text), lambda v: {"comparator": "=", "target_year": None},
                                    "table:plan_cell_lines")  # (lead53) a plan table one cell a line, units in its header cells
        out += self._form_values(doc, out)
        out += self._spaced_plan_values(doc, out)
        out += _t17.caption_unit_records(self, doc, out)  # (r17 table17) a money table's bare cells, unit from its caption
        out += _tl18.allocation_records(self, doc, out)  # (r18) an allocation table's shares, any flattening (U1a)
        out += self._continued_rows(doc, out)
        self._cut_last_unit(doc, out)
        out += self._owned_items(doc, out)
        out = _uoh.with_owner_leads(out)  # (unitB24) a helpers' label under an owner heading's item
        out += _rbu.rulebook_rows(self, doc, out)  # (r18 confU18) U8b, U4e, U7d
        out += _udi.duty_list_rows(self, doc, out)  # (r23 unitA23) U8b (i), (ii): duty lists' items
        found = [r for r in out if isinstance(r, Goal)]  # (r16 ug16) a teaser's copy of a body goal (G4a)
        out += [trusted(Goal, **self._base(doc, a, b, []), text=doc.text[a:b], target_year=found[k].target_year) for a, b, k in
                _ug16.teaser_copies(doc.text, [(r.norm_span.start, r.norm_span.end) for r in found])]
        out += [UnitAssignment(**self._base(doc, a, b, []), task=t, lead_units=[u], responsible_units=[])
                for a, b, t, u in quoted_party_via_across_lines(doc.text, out)]  # (r15 ug15)
        out += [UnitAssignment(**self._base(doc, a, b, []), task=t, lead_units=[u], responsible_units=[])
                for a, b, t, u in glued_project_rows(doc.text) if not any(  # (r15 ug15)
                    isinstance(r, UnitAssignment) and r.norm_span.start < b and a < r.norm_span.end for r in out)]
        if (dtab := _udtab.duty_table_rows(doc.text) or _udtab.spaced_rows_in(doc.text, doc.doc.text, doc.normalised.mapped.from_orig)):  # (unitA34) a table row's body read by prose across its line: the row's
            out = [r for r in out if not (isinstance(r, UnitAssignment) and any(
                r.norm_span.start < b and a < r.norm_span.end and r.lead_units == u and r.norm_span.end > b
                for a, b, _, u, _ in dtab))]
        if (stages := _uevi.stage_host_rows(doc.text)):  # (lead49) an event's stages by their own host labels, over the line reader's
            out = [r for r in out if not (isinstance(r, UnitAssignment) and any(
                r.norm_span.start < b and a < r.norm_span.end for a, b, _, _, _ in stages))]
        out += [UnitAssignment(**self._base(doc, a, b, []), task=t, lead_units=u, responsible_units=h)
                for a, b, t, u, h in stages + _ucl.serial_rows(doc.text) + _ucl.label_line_rows(doc.text) + dtab + _ucal.calendar_rows(doc.text) + _ugi.glued_group_items(doc.text) + _ugi.split_group_items(doc.text) + _uuc.upright_office_rows(doc.text) + _uhi.host_item_rows(doc.text) + _uevi.event_item_rows(doc.text) + _umodal.modal_subject_rows(doc.text) + _ubd51.bracket_duty_rows(doc.text) + _uldu.label_duty_rows(doc.text) + _ugr.glued_unit_rows(doc.text) + _rf.handling_label_rows(doc.text) + _ugl.glued_label_rows(doc.text) + _divl.division_rows(doc.text) + _utpr.trailing_pipe_rows(doc.text) + _gpdt.group_post_duty_rows(doc.text) + _csl.charter_section_rows(doc.text) + _udts.duty_title_sentence_rows(doc.text, duty_unit) + _ulcont.label_continuation_rows(doc.text, duty_unit) if not any(  # (r20 unitW31) one cell a line, by serials; (famA27) a reply's handling labels
                    isinstance(r, UnitAssignment) and not _joint.joint_only(r) and r.norm_span.start < b and a < r.norm_span.end for r in out)]  # (lead49) a row of joint parties only goes later
        if (groups := _gdl.group_duty_rows(doc.text) + _gdl.glued_group_tasks(doc.text) + _gdl.blank_posts_group_duties(doc.text) + _utd.titled_duty_paragraphs(doc.text)):  # (lead53) posts left blank; a duty title run on in prose  # (lead45) U8: the group line nearest a duty line owns it; (lead50) one run into a paragraph
            out = [r for r in out if not (isinstance(r, UnitAssignment) and any(
                r.norm_span.start < b and a < r.norm_span.end and r.lead_units != u for a, b, _, u, _ in groups))]
            out += [UnitAssignment(**self._base(doc, a, b, []), task=t, lead_units=u, responsible_units=h)
                    for a, b, t, u, h in groups if not any(
                        isinstance(r, UnitAssignment) and r.norm_span.start < b and a < r.norm_span.end for r in out)]
        if (duty := duties_then_office(doc.text)) is not None and not any(isinstance(r, UnitAssignment) for r in out):
            out.append(UnitAssignment(**self._base(doc, duty[0], duty[1], []), task=duty[2], lead_units=[duty[3]],
                                      responsible_units=[]))  # (r15 ug15) an office's duties, its name after them
        out = [r for r in out if not (isinstance(r, NumericTarget) and (counts_set_out_list(
            doc.text, r.norm_span.start, r.norm_span.end, r.value, r.unit) or _r17.counts_list_parts(
            doc.text, r.norm_span.start, r.norm_span.end, r.value, r.unit)))]  # (r16) the count of a list set out; (r17) its make-up
        links = link_list_spans(doc.text)  # (r16) the titles under ``热门新闻``: other pages' headlines (G2a)
        out = [r for r in out if not (links and isinstance(r, (NumericTarget, Goal, UnitAssignment))  # (lead41) unit rows too
                                      and any(a <= r.norm_span.start < b for a, b in links))]
        out = [r for r in out if not (isinstance(r, NumericTarget) and _rb.MODAL_LIMIT_CUE in (r.cues or [])
                                      and _rb.headline_restates_year(doc.text, r.norm_span.start))]  # (confB18) N11a
        out = [r for r in out if not (isinstance(r, NumericTarget) and _rb.over_five_year_period(
            doc.text, r.norm_span.start, RulesExtractor.doc_year(doc)))]  # (confT19) N2: ``“十一五”期间,…`` under a later plan
        rcols = _rcols.ResultColumns(doc.text, RulesExtractor.doc_year(doc))
        out = [r for r in out if not (isinstance(r, NumericTarget) and rcols.holds(r.norm_span.start))]  # N13
        out = _rbg.without_line_final_mark(doc.text, out)  # (confG18) O5: a goal's line-final ``;``/``:`` is no part of its quote
        out = _rbg.without_foreign_lead(doc.text, out)  # (confA19) G6: an English lead is no part of a goal's quote
        out = _rb.redated_month_steps(doc.text, out, doc.structured.meta.date, RulesExtractor.doc_year(doc))  # (confA18) N9f
        out = _rbg.month_step_goals(doc.text, out, doc.structured.meta.date, RulesExtractor.doc_year(doc))  # (confA18) N9f
        out = _rcl.clarified_filter(doc.text, out)  # (confB19) N13a works reported done, O3f a report's list
        out = _pvt.row_label_quotes(doc.text, out)  # (tgtC39) N6: a pipe row's value cell read as prose, quoted from its label
        out = _pvt.column_year_cells(doc.text, out, RulesExtractor.doc_year(doc), [t.span for t in doc.structured.tables])  # (tgtC39) N6, N14
        out = _chunks.without_chunk_goals(doc.text, out, Goal)  # (layoutB21) O2; (goalB27) G2a cut notes, G4a glued copies
        out = _uin.without_spaced_item_numbers(doc.text, doc.doc.text, doc.normalised.mapped.to_orig, out)  # (r22 unitB22) ``一 甲科:…``
        out = _ulg.without_payment_rows(_ulg.led_group_rows(doc.text, _udi.without_item_marks(doc.text, doc.doc.text, doc.normalised.mapped.to_orig, out)))  # (r23 unitA23) ``(二)甲局``
        out = _urs.respaced_units(doc, out)  # (unitA31) U3: names the source spaces apart, glued by the normaliser
        out = _captions.without_caption_rows(doc.text, out)  # (lead41) G2a: a photo's caption holds no unit row
        out = _joint.without_joint_parties(out)  # (lead45) U7: ``并与X配合…`` gives no row of X's
        out = _gdl.without_post_lines(out)  # (lead53) U4a: a group's post line (``组 长:校长``) is no task
        if any(isinstance(r, UnitAssignment) for r in out):  # (lead45) U4a: who serves on a committee is no duty of it
            out = _staff.without_staffing_rows(lambda a, b: to_simplified(doc.doc.text[slice(*doc.normalised.mapped.to_orig(a, b))]), out)
        out = [r for r in out if not (isinstance(r, Goal) and _divl.division_or_people_line(doc.text, r.norm_span.start))] \
            if "分工" in doc.text else out  # (lead45) a division label line (or a leader's line) says who does the task above, no goal
        return _credits.without_source_credits(_uev.accept_units(_rbu.rulebook_filter(self._tidy_units(out), doc.text), doc.text), doc.text)  # (lead40) a repeated source credit  # (r18 unitv18) evidence of each unit row

    def _owned_items(self, doc: PreparedDoc, found: list[AnyRecord]) -> list[AnyRecord]:
        """U8 for an owner named on a line of its own (``rules.unit_owners``): the rows read inside its items that
        name no lead take it as their lead; an item with no row of its own is one, the owner its lead. An owner none
        of whose items names units owns nothing: a bureau's name over a list of its notices is no list of tasks."""
        s = doc.structured
        scopes = owner_scopes(doc.text, [(p.span.start, p.span.end, p.kind) for p in s.paragraphs])
        if not scopes:
            return []
        rows = [r for r in found if isinstance(r, UnitAssignment)]
        out: list[AnyRecord] = []
        for scope in scopes:
            inside = [r for r in rows if scope.start <= r.norm_span.start < scope.end]
            if scope.duty_title and (drop := [r for r in inside if _uown.helper_clause_in_owned_duty(doc.text[r.norm_span.start:r.norm_span.end], r.lead_units)]):
                inside = [r for r in inside if r not in drop]  # (unitA34) ``会同Z…`` inside the party's duty: no row (U8b)
                rows = [r for r in rows if r not in drop]
                found[:] = [r for r in found if not any(r is d for d in drop)]
            if scope.titled and (drop := [r for r in inside if r.lead_units == list(scope.units) and not r.responsible_units]):
                inside = [r for r in inside if r not in drop]  # (unitA35) the party's own clause in a titled item's body:
                rows = [r for r in rows if r not in drop]  # the block the title owns, no row of its own (U8b (iii), U7d)
                found[:] = [r for r in found if not any(r is d for d in drop)]
            if not inside and not scope.divided:
                continue  # no item puts units on a task (``乙局`` over a list of its notices): no list of assignments
            for r in inside:
                if not r.lead_units:
                    r.lead_units = list(scope.units)
            for item in scope.items:
                if any(r.norm_span.start < item.scope_end and r.norm_span.end > item.start for r in rows):
                    continue
                path = next((p.section_path for p in s.paragraphs if p.span.start <= item.start < p.span.end), [])
                out.append(UnitAssignment(**self._base(doc, item.start, item.end, path), task=item.task,
                                          lead_units=list(item.units or scope.units), responsible_units=[]))
        return out

    @staticmethod
    def _tidy_units(found: list[AnyRecord]) -> list[AnyRecord]:
        """Every unit row's lists after the invariants of the genre (``rules.unit_lists.tidy_unit_lists``), wherever
        they were read; a row whose units were all role words or people goes, and so does a row repeated whole."""
        out: list[AnyRecord] = []
        seen: set[tuple] = set()
        for r in found:
            if isinstance(r, UnitAssignment):
                if needs_tidy(r.lead_units) or needs_tidy(r.responsible_units):
                    had = bool(r.lead_units or r.responsible_units)
                    r.lead_units, r.responsible_units = tidy_unit_lists(r.lead_units, r.responsible_units)
                    if had and not (r.lead_units or r.responsible_units):
                        continue
                if only_bare_levels(r.lead_units + r.responsible_units):
                    continue  # (r15 ug15) ``责任单位:县`` cut by the excerpt: no unit's name
                r.lead_units, r.responsible_units = without_duty_adverbs(r.lead_units), without_duty_adverbs(r.responsible_units)
                r.lead_units, r.responsible_units = _setup.without_set_up_verbs(r.lead_units), _setup.without_set_up_verbs(r.responsible_units)  # (lead46)
                r.lead_units, r.responsible_units, past = _time_openers.without_time_openers(r.lead_units, r.responsible_units)
                if past:
                    continue  # (probeG40) ``去年某局牵头,…``: a deed reported done, no assignment (U7)
                if _upp.people_list(r.lead_units, r.quote or "", r.task) or _upp.people_list(r.responsible_units, r.quote or "", r.task):
                    r.lead_units, r.responsible_units = _upp.without_people(r.lead_units, r.responsible_units, r.quote or "", r.task)
                    if not (r.lead_units or r.responsible_units):
                        continue  # ``镇、村干部负责…``: people, no unit (U7)
                if _upp.contact_task(r.task):
                    continue  # (r21 unitA21) ``甲处:张三13900000000``: a contact line, no duty (U8)
                if _ATTENDS.match(r.task):
                    continue  # (lead42) U7e: ``由某处代表某主任出席会场``: attending an event, no task put on a unit
                key = (r.norm_span.start, r.norm_span.end, r.task, tuple(r.lead_units), tuple(r.responsible_units))
                if key in seen:
                    continue
                seen.add(key)
            out.append(r)
        return out

    @staticmethod
    def _cut_last_unit(doc: PreparedDoc, found: list[AnyRecord]) -> None:
        """The unit row that ends the page's last list: a name the page's end cut short after its last unit
        (``…甲县水务局、甲县农`` and nothing after, ``rules.unit_cells.unit_cut_at_end``) is that list's last unit."""
        rows = [r for r in found if isinstance(r, UnitAssignment)]
        if not rows:
            return
        row = max(rows, key=lambda r: r.norm_span.end)
        end = row.norm_span.end
        before = doc.text[:end].rstrip()
        for units in (row.responsible_units, row.lead_units):
            if units and before.endswith(units[-1]):
                cut = unit_cut_at_end(doc.text[end:], units[-1])
                if cut is not None and doc.text.find(cut[0]) >= end:  # (a cell of every row, ``县民生实事``, is no cut name)
                    units.append(cut[0])
                    row.norm_span = trusted_span(row.norm_span.start, end + cut[1])
                return

    @staticmethod
    def _dropped_blanks(doc: PreparedDoc):
        """``unit_flat.dropped_blank`` of the document, mapped once for the table readers that ask for it."""
        blanks = getattr(doc, "_dropped_blanks_cache", None)
        if blanks is None:
            mapped = doc.normalised.mapped
            blanks = dropped_blank(doc.doc.text, mapped.starts, mapped.ends)
            doc._dropped_blanks_cache = blanks
        return blanks

    def _continued_rows(self, doc: PreparedDoc, found: list[AnyRecord]) -> list[AnyRecord]:
        """The unit rows of a table scraped a cell a line with ``|``-led continuation lines
        (``rules.unit_rows``) or flattened into one run (``rules.unit_flat``), where no unit record stands."""
        rows = continued_rows(doc.text)
        rows += [h for h in bare_unit_rows(doc.text) if not any(r.start < h.end and h.start < r.end for r in rows)]
        blanks = self._dropped_blanks(doc)
        rows += [h for h in spaced_rows(doc.text, blanks=blanks) if not any(r.start < h.end and h.start < r.end for r in rows)]
        flat = flat_rows(doc.text, blanks=blanks)
        rows += [h for h in flat if not any(r.start < h.end and h.start < r.end for r in rows)]
        rows += [h for h in headerless_rows(doc.text) if not any(r.start < h.end and h.start < r.end for r in rows)]
        if not rows:
            return []
        taken = [(r.norm_span.start, r.norm_span.end) for r in found if isinstance(r, UnitAssignment)]
        pars = doc.structured.paragraphs
        par_starts = [p.span.start for p in pars]
        out: list[AnyRecord] = []
        for h in rows:
            if any(a < h.end and h.start < b for a, b in taken):
                continue
            j = bisect.bisect_right(par_starts, h.start) - 1
            out.append(self._assignment(doc, h, pars[j].section_path if j >= 0 else []))
        return out

    def _spaced_plan_values(self, doc: PreparedDoc, found: list[AnyRecord]) -> list[AnyRecord]:
        """(fourteenth round) The plan cells of progress tables and the target-year cells of indicator tables flattened
        a row a line with blank-parted cells (``rules.table_rows``), where no target stands on them."""
        text = doc.text
        plans = any(w in text for w in ("目标", "计划", "任务"))
        indicators = "指标" in text
        if not plans and not indicators:
            return []
        blanks = self._dropped_blanks(doc)
        hits = (plan_column_values(text, blanks) + plan_number_runs(text, blanks)) if plans else []
        if indicators:
            meta = doc.structured.meta
            min_year = meta.period[0] if meta.period else (int(meta.date[:4]) if meta.date else None)
            hits += year_column_values(text, blanks, min_year)
        if not hits:
            return []
        taken = [(r.norm_span.start, r.norm_span.end, r.value) for r in found if isinstance(r, NumericTarget)]
        pars = doc.structured.paragraphs
        par_starts = [p.span.start for p in pars]
        out: list[AnyRecord] = []
        for v in hits:
            if any(a < v.end and v.end - 1 < b and value == v.value for a, b, value in taken):
                _tl18.date_by_year_column(found, v)  # (r18) an undated target on a year column's cell takes its year
                continue  # a target already stands on this number
            j = bisect.bisect_right(par_starts, v.start) - 1
            path = pars[j].section_path if j >= 0 and v.start < pars[j].span.end else []
            if isinstance(v, YearValue):
                out.append(NumericTarget(**self._base(doc, v.start, v.end, path), indicator=v.indicator, value=v.value,
                                         unit=v.unit, comparator=table_comparator(v.sign, v.suffix),
                                         target_year=v.year, cues=["indicator_table:spaced"]))
                continue
            out.append(NumericTarget(**self._base(doc, v.start, v.end, path), indicator=v.indicator, value=v.value,
                                     unit=v.unit, comparator=v.comparator, target_year=None, cues=["table:plan_cell"]))
        return out

    def _form_values(self, doc: PreparedDoc, found: list[AnyRecord]) -> list[AnyRecord]:
        """The label/value pairs of a performance-target form (``rules.forms``), where no target stands."""
        lines = doc.structured.lines
        if not is_target_form(lines):
            return []
        doer = form_assignment(lines)
        # targets found already, by start, with the furthest end so far: an overlap test is one bisection
        taken = sorted((r.norm_span.start, r.norm_span.end) for r in found if isinstance(r, NumericTarget))
        starts = [a for a, _ in taken]
        reach = list(itertools.accumulate((b for _, b in taken), max))
        pars = doc.structured.paragraphs
        par_starts = [p.span.start for p in pars]
        out: list[AnyRecord] = []
        for v in form_values(lines):
            k = bisect.bisect_left(starts, v.end)
            if k and reach[k - 1] > v.start:
                continue  # a target already stands on this pair
            j = bisect.bisect_right(par_starts, v.start) - 1
            path = pars[j].section_path if j >= 0 and v.start < pars[j].span.end else []
            out.append(NumericTarget(**self._base(doc, v.start, v.end, path), indicator=v.indicator, value=v.value,
                                     unit=v.unit, comparator=v.comparator, target_year=v.year, cues=["form:value"]))
        if doer is not None and not any(isinstance(r, UnitAssignment) and r.norm_span.start < doer.end
                                        and doer.start < r.norm_span.end for r in found):
            # the form's project and the unit that carries it out (``项目名称`` … ``实施单位``)
            out.append(UnitAssignment(**self._base(doc, doer.start, doer.end, []), task=doer.task,
                                      lead_units=[doer.unit], responsible_units=list(doer.helpers)))
        return out

    def _base(self, doc: PreparedDoc, start: int, end: int, path: list[str]) -> dict:
        # the span's offsets are computed ints >= 0 (positions in the text): no validation
        return dict(doc=doc.doc.doc_id, quote="", norm_span=trusted_span(start, end),
                    section=" > ".join(path) or None, backend=self.name, backend_version=self.version)

    def _target(self, doc: PreparedDoc, t: TargetHit, path: list[str]) -> NumericTarget:
        """The record of a ``find_targets`` hit, made without validation: its fields are typed there
        (floats from ``float()``, a year from ``int()``, a comparator of ``_comparator``, a fresh list)."""
        return trusted(NumericTarget, **self._base(doc, t.start, t.end, path), indicator=t.indicator,
                       value=t.value, value_max=t.value_max, unit=t.unit, comparator=t.comparator,
                       target_year=t.target_year, cues=list(t.cues))

    def _assignment(self, doc: PreparedDoc, a: AssignmentHit, path: list[str]) -> UnitAssignment:
        """The record of a unit finder's hit, made without validation (its unit lists copied, as
        validation would)."""
        lead, resp = apply_lead_marks(list(a.lead), list(a.responsible))
        lead = _ug17.without_directives(lead)  # (r17 ug17) ``会议要求甲局牵头…``: the directive is no part of the name
        cut = without_item_marker(doc.text[a.start:a.end], a.task)  # ``1. 扩种蓝果(甲局)``: the marker is the list's
        start, task = a.start + cut, a.task[cut:]
        return trusted(UnitAssignment, **self._base(doc, start, a.end, path), task=task,
                       lead_units=lead, responsible_units=resp)

    @staticmethod
    def _labelled_item(doc: PreparedDoc, par) -> bool:
        """A numbered sentence on a line of its own with a unit label line right after it
        (``6.居民收入与经济增长同步。`` / ``牵头单位:甲局``): in a goal section, a goal item read as a heading."""
        s = doc.structured
        nxt = s.paragraphs[par.index + 1] if par.index + 1 < len(s.paragraphs) else None
        if nxt is None or nxt.kind != "text":
            return False
        line = doc.text[par.span.start:par.span.end]
        label = doc.text[nxt.span.start:nxt.span.end]
        return parse_label_line(label) is not None and title_is_labelled_item(line, label)

    @staticmethod
    def _answered_by_result(s, par, text: str) -> bool:
        """A text paragraph of a progress report that a result label answers (``完成情况:…`` after it, past the unit
        label lines between, up to a heading): the task as set, whose figures are targets (``opens_result_label``)."""
        if par.kind != "text":
            return False
        line = text[par.span.start:par.span.end]
        if opens_result_label(line) or parse_label_line(line) is not None:
            return False
        for k, p in enumerate(s.paragraphs[par.index + 1:par.index + 7]):
            if p.kind != "text":
                return _ritems.result_label_heading(p.kind, text[p.span.start:p.span.end], opens_result_label)  # (goalA22)
            nxt = text[p.span.start:p.span.end]
            if opens_result_label(nxt):
                return True
            if parse_label_line(nxt) is None and not _ritems.value_of_bare_label(text, s.paragraphs[par.index + k], k, nxt):
                return False
        return False

    @staticmethod
    def doc_context(doc: PreparedDoc) -> tuple[bool, int | None]:
        """(the document reports the past, the document's own year)."""
        s = doc.structured
        heads = _heads25.title_candidates(s, doc.text)  # (goalA25) no related titles, box headlines or bulleted items
        reports = any(title_reports_past(h) or title_reports_done(h) or title_reports_list(h) or title_reports_results(h)
                      or _yrev.title_reviews_results(h) for h in heads) or any(_yrev.title_reviews_year(h) for h in heads[:2]) or any(_yrev.title_tells_year_account(h) for h in heads) or any(
            publishes_report(ln.text) for ln in s.lines[:3]) or lead_reports_list_done(doc.text[:400]) or _disc.is_disclosure_annual_report(doc.text)  # (tgtA30)
        return reports, RulesExtractor.doc_year(doc)

    _year_memo: tuple[PreparedDoc | None, int | None] = (None, None)  # the document last dated, and its year

    @staticmethod
    def doc_year(doc: PreparedDoc) -> int | None:
        """The document's own year (``_dated_year``), worked out once per document: the cues that ask it per record
        (a target's period, its month steps) read the year of the document they were last asked of."""
        last, year = RulesExtractor._year_memo
        if last is not doc:
            year = RulesExtractor._dated_year(doc)
            RulesExtractor._year_memo = (doc, year)
        return year

    @staticmethod
    def _dated_year(doc: PreparedDoc) -> int | None:
        """The document's own year: its date, else the first year of its plan period. (fourteenth round) A page's
        stamp later than the year of the document's own number (``某政〔2031〕13号`` under ``时间:2034-01-01``) is the
        site's, a repost's or an update's: the number dates the document (O3d)."""
        meta = doc.structured.meta
        year = int(meta.date[:4]) if meta.date else (meta.period[0] if meta.period else None)
        if meta.date and (numbered := number_year(meta.doc_number)) is not None and numbered < year:
            return numbered  # (O3d) a page's later stamp over a document numbered ``…〔2030〕5号``: the number's year
        if meta.date and not meta.doc_number and (issued := issued_number_year(doc.text)) is not None and issued < year:
            return issued  # (r15 ug15, O3d) a story of the issue of ``某政发【2030】7号`` under a later site stamp
        if meta.date and (own := _stamps.stamped_plan_year(doc.text, year) or _issue.issued_plan_first_year(doc.text, year)) is not None:
            return own  # (O3d) a doc-sharing site's upload stamp over a plan that names its own year; (tgtA30) a plan's issue reported
        if year is None:
            year = max((y for y in (_cutoffs.cutoff_year(doc.text), _cutoffs.reviewed_year_after(doc.text),
                                       _cutoffs.year_before_this_year(doc.text), _scope18.told_page_year(doc.text),
                                       _dates23.told_date_year(doc.text), _cutoffs.lead_date_year(doc.text), _cutoffs.excerpt_date_year(doc.text)) if y),
                       default=None)  # (O3d) an undated page speaks from its figures' cut-off year, or after a year it reviews
        return year

    @staticmethod
    def _numbered_item_next(s, par, level: int) -> bool:
        """Whether the paragraph after a label heading (``工作目标:``, a bare label of the outline's lowest rank) is a numbered heading of a higher rank (``(一)…``, ``1.…``, ``①…``) or a numbered text line: the label's items, not a table's next label."""
        nxt = s.paragraphs[par.index + 1] if par.index + 1 < len(s.paragraphs) else None
        h = s.headings.get(s.line_at(nxt.span.start)) if nxt is not None else None  # (goalA25) ``1.甲。乙…``: inline too
        return h is not None and h.level < level and (not h.inline or _names25.numbered_inline_item(h)) or h is None and nxt is not None \
            and _names25.opens_list_item(s.lines[s.line_at(nxt.span.start)].text)  # (goalA28) ``1、甲:…`` read as text

    def _paragraphs(self, doc: PreparedDoc, undated: list[tuple[int, int, list[str]]] | None = None) -> list[AnyRecord]:
        s = doc.structured
        text = doc.text
        out: list[AnyRecord] = []
        reports, doc_year = self.doc_context(doc)
        reply = _rf.is_reply_page(doc.text)  # (r16 rest16, famA27) a reply to a deputy's proposal
        data_year = reported_data_year(text) if doc_year is None else None  # (an undated page's data year)
        if doc.structured.meta.date is None and (compared := _cutoffs.compared_data_year(text)) is not None \
                and (doc_year is None or compared > doc_year):
            data_year = max(data_year or compared, compared)  # (lead43) ``2031年…为N%,比2025年提高了…``: that year's data
        goal_year = doc_year if doc_year is not None else roc_page_year(text)  # (an undated page's ROC date)
        goal_year = _g17.reposted_issue_year(text, doc_year) or _dates23.dateline_before_stamp_year(text, doc.structured.meta.date) or goal_year  # (r17 goal17) O3d: a repost's later stamp; (goalB27) a dateline after it
        goal_year = (None if reports else _own_time.own_time_year(text, doc_year)) or goal_year  # (confG19) O3d: a plan's title
        planned = None if reports else (_plan_time.work_plan_year(text, doc_year) or _update.text_year_under_update(text, doc_year))
        if planned is not None:
            goal_year = doc_year = planned  # (goalX20) O3d: a work plan under a later upload stamp speaks from its own year
        goal_year = goal_year if doc_year is not None else (_scope18.told_page_year(text) or goal_year)  # (r18 goal18) O3d
        goal_year = goal_year if doc_year is not None else (_dates23.told_date_year(text) or goal_year)  # (goalA23) O3d
        wrap_joins: list[int] = []  # (meta18) O1c: a wrap is no line end, a goal reads across the breaks join_wrapped removed
        # a page titled as a plan (``…目标任务分解表``, ``…工作要点``): its text outside any heading is the plan's
        plan_title_end = None if reports else next((ln.end for ln in s.lines[:3] if title_names_plan(ln.text)), None)
        if plan_title_end is None and not reports:  # (eleventh round) a dated list of the year's works, below a site's banner
            plan_title_end = next((ln.end for ln in s.lines[3:8] if lists_years_works(ln.text)), None)
        if plan_title_end is None and not reports:  # (lead43) a table of works under an expected-completion column
            plan_title_end = _wsched.completion_column_end(s.lines)
        last_title: tuple[str, int] | None = None
        last_text: tuple[str, int] | None = None  # first clause of the last task paragraph (no outline)
        last_statement: tuple[str, int] | None = None  # the last numbered statement paragraph
        form_title: tuple[str, int] | None = None  # the last form field naming the item handled (``提案名称:…``)
        keyed = states_first_listed_lead(text)
        label_keyed = False  # set by a label line's note that keys the lines below (``…,下同)``)
        reported_plan = False  # set once a page without an outline introduces what a plan sets
        issued_at = len(s.paragraphs)  # the paragraph that tells of a list's issue (``tells_list_issued``), if any
        past_list = False  # set after a paragraph that reports results and announces a list (``…如下:``)
        indicator_part: tuple[str, ...] | None = None  # (lead49) the section whose form's indicator rows began
        planned_list = False  # (lead45) set after a lead that commits to a whole and announces its breakdown (``…分别是:``)
        results_run = False  # (tgtA37) set after a lead announcing results (``…達標成果…:``), while its bullet items run
        carry = Carry()  # what the last sentence of the paragraph before gave (a ``其中…`` paragraph shares it)
        recount = Recount()  # (fourteenth round) a run of sentences recounting results, open at the paragraph's end
        # (lead40) a speech: the outline after its salutation (``同志们:``) is the speech's parts, no plan's (a number needs
        # its own cue there, and a run that recounts results is read as such)
        speech_at = next((p.span.start for p in s.paragraphs if p.kind == "heading"
                          and salutation(text[p.span.start:p.span.end])), None)
        recount_at = -1  # the index of the paragraph whose end ``recount`` describes
        told: list[str] = []  # the text of every recounted run
        # a label line ``目标`` that no heading parse took opens a block whose items state goals: the level of its
        # item headings (_OPEN until the first), None outside such a block
        goal_block: int | None = None
        run_in = False  # set by a goal heading run into a paragraph's text (``…。二、工作目标1.…``) until its block ends
        skip: set[int] = set()
        roles: dict[tuple[str, ...], str] = {}  # section_role by path: the paragraphs of a section share it
        reporting: dict[tuple[str, ...], bool] = {}  # (tgtB38) by path: does the section's own text report?
        goal_sections: dict[tuple[str, ...], bool] = {}
        divided = _parts23.divided_by(s.sections)  # (goalA34) which headings the outline divides

        def goal_at(path):  # (goalA23, goalA34) O1: the outline's goal reading with goals named beside other parts
            key = tuple(path)
            if (known := goal_sections.get(key)) is None:
                known = goal_sections[key] = _parts23.goal_section_of(path, s.in_goal_section(path), divided)
            return known
        # the page's headline: its first title line, or a first line the page prints again (a title copy is no goal)
        headline: str | None = page_headline(text.split("\n")) or None
        lead_blank = len(text) - len(text.lstrip())  # (perf16) ``not text[:i].strip()`` is ``i <= lead_blank``: no copy
        duty_run = self._duty_run(doc)
        for par in s.paragraphs:
            if par.index in skip:
                continue
            if par.kind == "text" and is_addressee_line(text[par.span.start:par.span.end]):
                # the letter that hands down the plan (G2): its paragraphs up to a heading hold no records
                run = []
                for p in s.paragraphs[par.index + 1:par.index + 12]:
                    if p.kind != "text" or s.in_goal_section(p.section_path[-1:]) and s.line_at(p.span.start) in s.headings:  # (vlabA28) ``一、主要目标。2031年…``
                        break
                    run.append(p)
                skip.update(p.index for p in run[:transmitting_letter(_uli.before_labelled_item([text[p.span.start:p.span.end] for p in run]))]
                            if not letter_sets_tasks(text[p.span.start:p.span.end]))  # (a task notice's own figures)
                continue
            if par.kind == "heading":
                past_list = False  # a heading of its own line ends the list a report announced
                planned_list = False
                run_in = False
                h = s.headings.get(s.line_at(par.span.start))
                if h is not None:
                    last_title = (h.title, par.span.start + text[par.span.start:par.span.end].find(h.title))
                    if goal_block is not None and not _groups.names_group(text[par.span.start:par.span.end]):  # a heading above the block's items ends it
                        goal_block = None if _names25.closes_goal_items(text[par.span.start:par.span.end]) else h.level if goal_block == _OPEN else (None if h.level < goal_block else goal_block)
                    items = self._item_of_unit_heading(doc, par, _urh.owner_above_work_kind(par.section_path[:-1], bare_unit_heading))
                    out += items
                    topic = topic_label_end(h.title) if h.title and not h.inline and not reports \
                        and (goal_block is not None or s.in_goal_section(par.section_path[:-1])) else 0  # (goalA28) O2 in a block too
                    if h.title and not h.inline and not reports and (
                            goal_block is not None and not _titles.paragraph_heads_items(s, par, text)  # (goalB21) O2
                            or topic
                            or goal_at(par.section_path[:-1]) and (  # (goalA34) O1: a divided heading's other part
                                heading_states_level(h.title) or self._labelled_item(doc, par)
                                or _leadh.is_lead_in_title(h.title)  # (goalA35) O1: ``书屋小组的主要任务包括:``, a body sentence
                                or _titles.closed_before_next_item(s, par, text)  # (goalB21) O1: the next item nested under it
                                or _ug16.closed_item_owns_nothing(text[par.span.start:par.span.end], par.section_path, (  # (r16 ug16)
                                    _asides.next_path_past_notes(  # (goalA21) notes in brackets are no text it owns
                                        [text[q.span.start:q.span.end] for q in s.paragraphs[par.index + 1:par.index + 4]],
                                        [q.section_path for q in s.paragraphs[par.index + 1:par.index + 4]])))
                                or _rbg.cut_item_heading(text, text[par.span.start:par.span.end], par.span.end, [  # (confG18) O1e
                                    text[q.span.start:q.span.end] for q in s.paragraphs[:par.index] if q.kind == "heading"]))) \
                            and not is_past_year(h_year := goal_date(h.title)[0], doc_year):
                        # ``(三)入学率均达到99%`` on a line of its own in a goal section, an item under a label line
                        # ``目标``: a goal sentence (O1); (thirteenth round) ``(一)幼儿教育:增设幼儿园12班。``: a topic
                        # label and its goal sentence, the label no part of it (O2)
                        g_text = h.title[topic:]
                        out.append(trusted(Goal, **self._base(doc, last_title[1] + topic, last_title[1] + len(h.title),
                                                              par.section_path[:-1]), text=g_text, target_year=h_year))
                    if goal_block is None and is_goal_label(text[par.span.start:par.span.end]) \
                            and (self._numbered_item_next(s, par, h.level) or _groups.titles_group_goals(h.title)):
                        goal_block = _OPEN  # a label line ``工作目标:`` the outline took for a heading of its own, its
                        # numbered items next: like the label paragraph below, they state goals (up to a heading above
                        # their rank)
                    labelled = [] if items else (find_inline_assignments(h.title, last_title[1])
                                                 or find_verb_assignments(h.title, last_title[1]))
                    if not items and not labelled and par.index in duty_run:
                        # ``4、甲局:负责…`` of a unit-by-unit division of duties, cut short and read as a heading line
                        hline = text[par.span.start:par.span.end]
                        labelled = unit_duty_blocks(hline, par.span.start, 1)  # (U8a: reports as plans)
                    if labelled:
                        # ``1.扩建冷库(牵头单位:甲局)。`` or ``…(甲局牵头,乙局配合)。`` read as a heading of its own
                        # line: its bracket still names who takes the task
                        out += [self._assignment(doc, a, par.section_path) for a in labelled]
                    elif not items and (heading_is_sentence(h.title) or _udt30.opens_with_led_clause(h.title)
                                        or _hsent.closed_charge_line(h.title, text[par.span.start:par.span.end])):
                        # ``3.甲局负责蓝果种植。`` on a line of its own: a numbered sentence, not only a name
                        out += [self._assignment(doc, a, par.section_path)
                                for a in (find_charge_clauses(h.title, last_title[1]) or _uld.led_doings(h.title, last_title[1])
                                          or heading_task_then_units(h.title, last_title[1])
                                          or led_then_task(h.title, last_title[1]))]  # (lead39) ``一、由甲局牵头,乙局配合,…``
                    elif not items and (bracketed := _ubbd.bracket_by_doings(h.title, last_title[1], [])):
                        # (unitB33) ``1.市领导(由某办邀请);`` read as a heading line: the bracket puts the item on X (U7)
                        out += [self._assignment(doc, a, par.section_path) for a in bracketed]
            if par.kind == "heading" and (h := s.headings.get(s.line_at(par.span.start))) is not None \
                    and (not reports or report_counts_task(h.title)) \
                    and not h.inline and (heading_states_task(h.title) or report_counts_task(h.title)
                                          or (plan_title_end is not None and par.span.start > plan_title_end
                                              and states_level_only(h.title))):
                # ``3. 数字资源建设:建设…平台,开发500节课程`` on a line of its own: a task stated in full, read as text;
                # (eleventh round) ``三、学位3000个`` in a page titled as the year's works: an item of the list
                hrole = section_role(par.section_path[:-1])
                if hrole == "none" and plan_title_end is not None and par.span.start > plan_title_end:
                    hrole = "plan"
                elif hrole == "none" and reports and report_counts_task(h.title):
                    hrole = "plan"  # (tgtB21) a report's task line read as a heading: the task as set, like a text one's
                if hrole != "past":
                    h_start = par.span.start + text[par.span.start:par.span.end].find(h.title)
                    for t in find_targets(h.title, h_start, role=hrole, doc_year=doc_year, decider=self.decider):
                        out.append(self._target(doc, t, par.section_path[:-1]))
            if par.kind != "text":
                continue
            opens_items = False  # (``办学目标: 1. 以学生为本,…``: the label with its first item on the same line; the
            # paragraph's own goals follow its label, the items after it open the block)
            if is_goal_label(text[par.span.start:par.span.end]) or _rbg.decimal_heading(text[par.span.start:par.span.end]) == "goal" \
                    or _names25.labels_goal_items(text, par.span.start, par.span.end):  # (goalA25) ``…发展的主要目标`` over items
                goal_block = _OPEN  # the items after a label line ``目标`` state goals, up to the next label (``内容``)
            elif goal_block is None and goal_label_opens_items(text[par.span.start:par.span.end]):
                opens_items = True
            elif goal_block is not None and (is_bare_label(text[par.span.start:par.span.end])
                                             or opens_other_label(text[par.span.start:par.span.end])
                                             or _rbg.decimal_heading(text[par.span.start:par.span.end]) == "other"):  # (confG18) O1
                goal_block = None  # (``校训: 勤…``, ``教育信念: 1. …``: another label closes the goal items)
            if _rbg.decimal_heading(text[par.span.start:par.span.end]) is not None:
                continue  # (confG18) O2: a decimal outline heading line (``1.1 发展目标``) is no goal itself
            path = par.section_path
            key = tuple(path)
            role = roles.get(key)
            if role is None:
                role = roles[key] = section_role(path)
            role = "goal" if role in ("plan", "none") and _lv.goal_statement_above(s, par, text) else role  # (vrestA28) ``…目标是:`` / its goals
            if planned_list:  # (lead45) N17b: an item of the breakdown a planned lead announced shares its commitment
                planned_list = _pll.is_breakdown_item(text[par.span.start:par.span.end])
                role = "plan" if planned_list and role == "none" else role
            if role == "plan" and speech_at is not None and par.span.start > speech_at:
                role = "none"  # (lead40) a part of a speech after its salutation
            task_line = (t_end := _trl.task_end(text[par.span.start:par.span.end])) < par.span.end - par.span.start \
                or (role == "past" or reports) and (self._answered_by_result(s, par, text)  # (tgtA27) a row: task, result
                                                    or reports and _ritems.task_above_result(s, par, text))
            if task_line:
                role = "plan"  # ``1.新建幼儿园3所。`` above ``完成情况:…``: the task as set, read as in a plan (N13 on the result)
            if role == "past":
                ptext = text[par.span.start:par.span.end]
                if self.past_sections and self.decider is not None and not is_furniture(ptext):
                    self._past_targets(doc, par, path, doc_year, out)
                # who answers for a task does not age: a progress review still names its units
                found = (find_inline_assignments(ptext, par.span.start) + find_trailing_labels(ptext, par.span.start)
                         + find_spaced_labels(ptext, par.span.start))
                if not found and par.index in duty_run:
                    # a progress report written unit by unit (``甲局:1.…。2.…``): one row per numbered point, as a plan's
                    # division of duties gives them (U8a, eleventh round: the layout decides, not the genre)
                    found = unit_duty_blocks(ptext, par.span.start, 1)
                found = found or _ucf.voice_frame_hits(ptext, par.span.start)  # (r21 unitB21) ``甲局承担…实事``
                for a in found:
                    out.append(self._assignment(doc, a, path))
                if found or parse_label_line(ptext) is None:
                    if (h := s.headings.get(s.line_at(par.span.start))) is not None and h.inline:
                        # an item of the review (``1.持续推进…``): the task of a label line below it
                        last_title = (h.title, par.span.start + ptext.find(h.title))
                        last_statement = None
                    if not found and _STATEMENT_MARK.match(ptext.strip()):  # (``1.新建…。`` of no heading parse)
                        body = _STATEMENT_MARK.sub("", ptext.strip(), count=1)
                        last_statement = (body.rstrip("。"), par.span.start + ptext.find(body))
                    continue
                # (thirteenth round) ``责任单位:甲局`` on a line of its own under an item of a progress report
                # (``(一)…\n1.…\n责任单位:…\n完成情况:…``): read as in a plan, below (U8a: the genre changes nothing)
            past = role == "past"
            results_run = results_run and _results37.is_bullet_item(text[par.span.start:par.span.end])
            if task_line:
                pass
            elif results_run and role in ("plan", "none"):
                role = "report"  # (tgtA37) N13 ``- 房屋供應:…動工量達1.58萬伙`` under ``…達標成果…:``: a result
            elif (reports and role != "goal" and par.index not in _rparts.plan_part(doc)) or (past_list and role in ("plan", "none")) \
                    or (role in ("none", "plan") and (par.index in _rparts.review_part(doc) or _ovh.situation_path(path))):  # (tgtA25) a report's goal section; (rptA26) review, plan parts; (tgtA33) ``挑战与机遇``
                # a report's outline reviews, and so do the items a report of results announces
                # (``…已全部竣工。具体情况如下:``): a number needs a future cue of its own
                role = "report"
            elif role == "none" and (reported_plan or par.index in _rparts.plan_part(doc) or (plan_title_end is not None and par.span.start > plan_title_end)
                                     or issued_at < par.index and is_item_title(  # (an item after ``印发了…实事清单``)
                                         text[s.paragraphs[par.index - 1].span.start:s.paragraphs[par.index - 1].span.end])):
                role = "plan"  # a page that reports a plan: the list after ``规划明确`` states its targets
            ptext = text[par.span.start:_urio.label_over_units_end(text, s.paragraphs, par.index)]  # (vunitA28) ``责任单位:`` over its list
            if (named_item := form_item_title(ptext.strip())) is not None:
                form_title = (named_item[0], par.span.start + ptext.find(named_item[0]))
            if (is_furniture(ptext) and not letter_sets_tasks(ptext)) or _fvl.names_people_or_field_value(ptext, text, par.span.start) \
                    or cites_page_address(ptext, text[max(0, par.span.start - 160):par.span.start]) \
                    or _rb.footer_title_line(ptext, text[max(0, par.span.start - 160):par.span.start],
                                             text[par.span.end:par.span.end + 160]) \
                    or _rb.reported_schedule_line(ptext, text[max(0, par.span.start - 1500):par.span.start],
                                                  text[par.span.end:par.span.end + 3000]):  # (r16) footers; (G4a, N13a)
                out += [trusted(Goal, **self._base(doc, g.start, g.end, path), text=text[g.start:g.end], target_year=g.year)
                        for a, b in _notice23.goal_sentence_spans(ptext) if not _fvl.names_people_or_field_value(ptext, text, par.span.start)
                        for g in find_goals(ptext[:b], par.span.start, s.in_goal_section(path), a)
                        if not is_past_year(g.year, goal_year)]  # (goalA23) O3b, O3h: a goal sentence of a notice's line
                continue  # notice, metadata, page furniture and people lines, wherever they stand
            if not past and _results37.announces_results(ptext):
                results_run = True
            if not past and not path and (reports_a_plan(ptext) or announces_projects(ptext)):
                reported_plan = True
            if not past and not path and issued_at > par.index and tells_list_issued(ptext):
                issued_at = par.index
            if not past and role in ("none", "plan") and _pll.announces_planned_list(ptext):
                planned_list = True
            if not past and (introduces_past_list(ptext) or (not path and frames_period_to_date(ptext))
                             or announces_progress(ptext)):  # (r16) ``…的主要进展有``
                past_list = True  # (``2021年以来`` alone on a line: the lines after it report that period)
            # (speedA34) the run after the paragraph is cut and read only where a label block can open: a label line
            # (``parse_label_line``) or an organisers' label (``host_label_run`` reads nothing else)
            labelled = parse_label_line(ptext) is not None
            block = None
            if labelled or _uhr.opens_host_label(text[par.span.start:par.span.end]):
                run = []  # this paragraph and the text paragraphs right after it
                for p in s.paragraphs[par.index:par.index + 16]:
                    if p.kind != "text":
                        break
                    run.append(p)
                paras = [text[p.span.start:p.span.end] for p in run]
                block = read_label_block(paras, label_keyed) \
                    if labelled and not _uhl26.among_site_lines(doc.doc.text, *doc.normalised.mapped.to_orig(par.span.start, par.span.end)) else None
                if (host := _uhr.host_label_run(paras)) is not None and (block is None or host[2] > block[2]) \
                        and not _uhl26.among_site_lines(doc.doc.text, *doc.normalised.mapped.to_orig(par.span.start, par.span.end)):
                    block = host  # (unitA31) U4a, U7f: an organisers block of bare ``主办:``/``承办:`` labels or lists a line
            if block is not None and not label_keyed and label_key_holds_on(text[par.span.start:run[block[2] - 1].span.end]):
                label_keyed = True  # ``(第一责任单位为牵头部门,下同)``: the key holds for the label lines below
            if block is not None:
                # ``牵头单位:...`` on its own line (a ``责任单位:`` line may follow; a bare label's units on the
                # next line): the task is the nearest heading above
                lead, resp, used = block
                nxt = run[:used]
                end = nxt[-1].span.end
                skip.update(p.index for p in nxt[1:])
                # the task is the nearest heading or numbered statement above; without an outline, the
                # paragraph before
                task = last_title if path or last_text is None else last_text
                if task is not None and last_statement is not None and last_statement[1] > task[1]:
                    task = last_statement
                if form_title is not None and all(t is None or form_title[1] > t[1] for t in (last_title, last_statement)):
                    task = form_title  # a reply form's ``提案名称:…`` above its ``主要承办单位:…`` (not ``交办时间:…``)
                if task is not None:
                    out.append(self._label_line(doc, task[1], end, task[0], path, *_uldu.with_label_title(task[0], text[par.span.start:end], lead, resp)))
                continue
            if not is_people_line(ptext):
                first = _CLAUSE_SEP.split(ptext.strip(), maxsplit=1)[0]
                last_text = (first, par.span.start + ptext.find(first))
                if _STATEMENT_MARK.match(ptext.strip()):  # ``1.力争…增长5%左右。``: a task of its own
                    body = _STATEMENT_MARK.sub("", ptext.strip(), count=1)
                    last_statement = (body.rstrip("。"), par.span.start + ptext.find(body))
            heading = s.headings.get(s.line_at(par.span.start))
            if heading is not None:
                last_title = (heading.title, par.span.start + ptext.find(heading.title))
            body_start = 0
            title = title_start = None
            if heading is not None and heading.inline:
                cut = ptext.find(heading.title) + len(heading.title)
                body_start = cut + 1 if cut < len(ptext) and ptext[cut] in "。.:：" else cut
                title, title_start = heading.title, ptext.find(heading.title)
            goal_section = goal_at(path)  # (goalA23) O1; (goalA34) divided
            goal_section = (goal_section or goal_block is not None) and not _groups.names_group(ptext)  # (goalA28) O2
            if goal_section and path and _parts23.opens_other_part(ptext, path):
                goal_section = False  # (goalA23) O1: ``(一)总体要求:…`` under ``…总体要求和预期目标``
            if goal_section and _forms.opens_indicator_part(ptext):
                indicator_part = tuple(path)  # (lead49) ``一级指标 | 二级指标 | … | 指标值``: the form's rows, no goals
            if goal_section and indicator_part == tuple(path):
                goal_section = False
            nxt = s.paragraphs[par.index + 1] if par.index + 1 < len(s.paragraphs) else None
            goal_start = body_start
            if goal_section and not body_start and slogan_title_end(ptext):
                sides = [q for q in (s.paragraphs[par.index - 1] if par.index else None, nxt)
                         if q is not None and q.kind == "text"]
                goal_start = parallel_slogans(ptext, [text[q.span.start:q.span.end] for q in sides])  # (O2)
            if goal_section and not body_start and not goal_start:
                goal_start = opening_phrase_title_end(ptext)  # (r15 ug15) O2: an opening phrase is the inline title
            if goal_section and not body_start and goal_start and not _rbg.closed_by_full_stop(ptext, goal_start):
                goal_start = 0  # (confG18) O2: an unmarked inline title is closed by ``。``; ``…！`` opens the goals
            ordinal_goal = 0 if goal_section or body_start else ordinal_goal_title_end(ptext)  # (r15 ug15) ``一是…目标。``
            goal_start = ordinal_goal or goal_start  # (O1 for its paragraph's goals only; its targets read as before)
            if goal_section and goal_start and _ug16.only_site_mark(ptext[goal_start:]):
                goal_start = 0  # (r16 ug16) ``3.某某服务规范有序。(www.example.com)``: the item is the sentence (O1)
            title_line = not path and is_title_line(ptext, text[nxt.span.start:nxt.span.end] if nxt else "")  # N17
            if not title_line and par.span.start <= lead_blank and nxt is not None:
                title_line = is_title_bar(ptext, text[nxt.span.start:nxt.span.end])  # the title bar (N17)
            if title_line and headline is None:
                headline = ptext.strip()
            elif not title_line and headline:
                title_line = copies_headline(ptext, headline)  # the headline printed again (``信息首发:…``): N17
            # (fourteenth round) outside any outline, the sentences that recount results (``…就业基础不断夯实。新增…``,
            # ``某年以来,…``) give no target and no goal (N13), up to the first sentence that commits
            if recount_at != par.index - 1:
                recount = Recount()
            recount_at = par.index
            recounted = recount_spans(ptext, recount) if role in ("none", "report") and not goal_section else []
            told += [ptext[a:b] for a, b in recounted]
            misses: list[GoalHit] | None = [] if undated is not None else None
            caption = is_photo_caption(ptext) or _pagetitle23.opens_the_page(text, par.span.start, ptext) \
                or _titles.titles_list_goals(ptext)  # (goalA23) the page's title; (goalA26) a 实事 list's goals title (O2)
            hits = [] if title_line or caption else _wrap17.goals_by_line(find_goals, ptext, par.span.start, goal_section or ordinal_goal > 0, goal_start,
                                                                          wrap_joins, None if reports else misses)  # (r17 wrap17)
            hits = hits or (_groups.group_item_goal(ptext, par.span.start, path) if goal_section and not title_line and not caption else [])  # (fixG28) O1
            if goal_section and not title_line and (cut := _g17.cut_off_tail(ptext, text, par.span.end)
                                                      or _scope18.cut_page_tail(ptext, text, par.span.end)):  # (r18 goal18)
                hits.append(GoalHit(par.span.start + cut[0], par.span.start + cut[1], None, ("cut_off_tail",)))  # (r17 goal17)
            elif goal_section and not title_line and (cut := _rbg.cut_last_sentence(ptext, text, par.span.end)) \
                    and not any(g.end > par.span.start + cut[0] for g in hits):  # (confG18) O1b: whatever is left of it
                hits.append(GoalHit(par.span.start + cut[0], par.span.start + cut[1], None, ("cut_off_tail",)))
            hits = _funds.drop_reviewed_funds(hits, role)  # (goalA33) O3e: a year's funds in a review list are results
            if task_line:
                hits = [g for g in hits if _ritems.task_date_still_ahead(g.year, goal_year)]  # (goalA22) O3; else none
            elif reports and not (goal_block is not None and par.index in _rparts.plan_part(doc)):  # (goalA28) O1; a progress report restates the year's commitments (``2031年承担…新建幼儿园20所``): a
                # dated goal of the report's own year or later stays one (O3); nothing else it says is a goal
                hits = [g for g in hits if restates_commitment(g.year, doc_year)]
            spans, run_in = run_in_goal_spans(ptext, run_in) if not goal_section else ([], False)
            if spans and not reports:  # the sentences under a goal heading run into the text are goals (O1)
                hits = [g for g in hits if not any(g.start - par.span.start < b and a < g.end - par.span.start for a, b in spans)]  # (goalA28) overlap
                hits += [g for a, b in spans for g in find_goals(ptext[:b], par.span.start, True, a)]
            if misses:
                undated += [(g.start, g.end, path) for g in misses
                            if not any(a <= g.start - par.span.start < b for a, b in spans)]
            if recounted:
                hits = [g for g in hits if not any(a <= g.start - par.span.start < b for a, b in recounted)]
            for g in in_abstract(hits, ptext, par.span.start, text) if hits else hits:
                if (y0 := _g17.opening_commitment_year(text[g.start:g.end], g.year)) and not is_past_year(y0, goal_year):
                    g = GoalHit(g.start, g.end, y0, g.cues)  # (r17 goal17) ``2031年,…达到…;到2033年,…``: O4, the first year
                if (y0 := _steps.first_step_year(text[g.start:g.end], g.year)) and not is_past_year(y0, goal_year):
                    g = GoalHit(g.start, g.end, y0, g.cues)  # (goalA33) ``预计2031年开工,2033年建成``: O4, N9b, the first year
                elif (y2 := _steps.span_end_year(text[g.start:g.end], g.year)) is not None:
                    g = GoalHit(g.start, g.end, y2, g.cues)  # (goalA33) ``2031年~2034年实施…``: N9a, a span's end year
                if is_past_year(g.year, goal_year) and (y1 := _rbg.works_step_ahead(text[g.start:g.end], goal_year)):
                    g = GoalHit(g.start, g.end, y1, g.cues)  # (confB18) N9d: an overdue start, the completion still ahead
                if is_past_year(g.year, goal_year) and not _school23.school_year_under_way(text[g.start:g.end], g.year, goal_year):
                    continue  # ``2022年,完成…`` in a page of 2023 reports a result; (goalA23) not ``2022至23学年`` in 2023
                if headline and _g17.is_headline_again(text[g.start:g.end], headline):
                    continue  # (r17 goal17) the headline run into the body as a sentence of its own: a title (N17)
                if not goal_section and _frames.reviews_closed_span(text[g.start:g.end], goal_year):
                    continue  # (goalY20) ``2029年至2031年,共安排…`` on a page of 2031: a closed period reviewed (O3)
                if not goal_section and _launch.reports_launch(text[g.start:g.end]):
                    continue  # (goalX20) ``日前,…正式启动2031年…工作``: a launch told, no commitment
                if not goal_section and _glued.headline_only_dates(text[g.start:g.end]):
                    continue  # (goalX20) ``某市2031年将建成…50个为进一步…,日前,…印发《…》``: the date is the headline's
                if _ug16.progress_section_status(path, text[g.start:g.end]):
                    continue  # (r16 ug16) ``从2031年起实行托育补贴…`` under ``…的推进情况``: what was done
                if data_year is not None \
                        and dated_in_reported_year(text[g.start:g.end], g.year, data_year):
                    continue  # ``…2030年…达到…`` on an undated page that reports 2030's data: a result
                out.append(trusted(Goal, **self._base(doc, g.start, g.end, path), text=text[g.start:g.end],
                                   target_year=g.year))
            if opens_items:
                goal_block = _OPEN
            # an inline title that states a quantity (``1、发放助学金:任务数120人。…``) is read with its body
            t_start = title_start if title is not None and title_quantity(title) else body_start
            if carry.index != par.index - 1:
                carry.last = ""  # (only the paragraph right before carries over)
            carry.index = par.index
            if _rest16.is_credit_line(ptext):
                carry.last = ""  # (r16 rest16) ``(某社)``: the story is over, no list goes on
            # ``…。一、2031年工作回顾(一)…``: a review heading run into the text; what stands under it is done (N13)
            reviewed = (run_in_review_spans(ptext) if role != "past" else []) + recounted
            joined = broken_line_start(text, (s.paragraphs[par.index - 1].span.start, s.paragraphs[par.index - 1].span.end)
                                       if par.index and s.paragraphs[par.index - 1].kind == "text" else None,
                                       (par.span.start, par.span.end)) if not t_start else None  # (r16 tfn16)
            if reports and (cell := _rb.year_task_cell(text, par.span.start, par.span.end)) is not None:  # (confB18) N13a
                out += [self._target(doc, t, path) for t in find_targets(text[cell[0]:cell[1]], cell[0], role="plan", doc_year=doc_year, decider=self.decider)]
            caption_targets = is_photo_caption(ptext)  # (lead41) G2a: a photo's caption is furniture, it holds no records
            for t in [] if caption_targets else find_targets(ptext[t_start:t_end] if joined is None else text[joined:par.span.end].replace("\n", " "),
                                  par.span.start + t_start if joined is None else joined, role=role, doc_year=doc_year,
                                  decider=self.decider, carry=carry):
                if not any(a <= t.start - par.span.start < b for a, b in reviewed) or "year_target" in t.cues:  # (N13c)
                    if reply and role != "goal" and _rf.reply_not_committed(path, text, par.span.start, t.start, t.end, t.cues):
                        continue  # (r16 rest16, famA27) ``走访70余户…`` in a reply to a proposal: work done, cited, present
                    if (doc_year is None or data_year is not None) and _rest16.dated_in_data_year(t.target_year, data_year, text, t.start, t.end):
                        continue  # (r16 rest16) ``2030年…达到25万所`` on an undated page that reports 2030's data
                    if _w17.past_frame_status(*_rest16.sentence_at(text, t.start, t.end, skip_years=True), doc_year):
                        continue  # (r17 wide17) ``截止2030年底,…人口52万`` in a text of 2032: the state then (N13)
                    if t.cues in _stance.SECTION_ONLY and not path and _stance.section_reports(reporting, key, s, text):
                        continue  # (tgtB38) a cue-less number of a page without headings whose own text reports
                    out.append(self._target(doc, t, path))
            if task_line:
                carry.last = ""  # (the paragraph after a report's task reports its result: no list of targets goes on)
            verbs = find_verb_assignments(ptext, par.span.start)
            listed = [a for a in find_listed_assignments(ptext, par.span.start, keyed)
                      if not any(v.end == a.end for v in verbs)] + verbs
            listed += [a for a in find_role_runs(ptext, par.span.start)
                       if not any(b.start < a.end and a.start < b.end for b in listed)]
            listed += [a for a in find_charge_clauses(ptext, par.span.start)
                       if not any(b.start < a.end and a.start < b.end for b in listed)]
            listed += [a for a in find_prose_lists(text[par.span.start:_urio.duty_head_span(text, s.paragraphs, par.index)[1]], par.span.start, par.index in duty_run)
                       if not any(b.start < a.end and a.start < b.end for b in listed)]
            listed += [a for a in _ug16.ordered_unit_task(ptext, par.span.start)  # (r16 ug16) ``…责成区住建局抓紧查处``
                       if not any(b.start < a.end and a.start < b.end for b in listed)]
            listed += [a for a in _uld.led_doings(ptext, par.span.start)  # (unitB23) U7 ``甲局正牵头开展…``, ``联合牵头“…”``
                       if not any(b.start < a.end and a.start < b.end for b in listed)]
            listed += [a for a in _ucs.carried_charges(ptext, par.span.start)  # (lead41) U7 ``X设有…,平时也负责Y``
                       if not any(b.start < a.end and a.start < b.end for b in listed)]
            if not listed and (lone := _ubl.own_line_bracket(text, par.span.start, ptext)) is not None:
                listed.append(lone)  # ``(甲局、乙局)`` on the line under its task's sentence (U2, U4)
            spaced = find_spaced_labels(ptext, par.span.start)
            listed += [a for a in find_trailing_labels(ptext, par.span.start)
                       if not any(s.start < a.end and a.start < s.end for s in spaced)] + spaced
            found = find_inline_assignments(ptext, par.span.start, title, title_start, label_keyed) + listed
            found = _uhb.without_own_clauses(found, path, text, bare_unit_heading)  # (unitC24) U8: ``由<heading's unit>…`` no row
            if not label_keyed and "下同" in ptext and states_first_listed_lead(ptext):
                label_keyed = True  # ``…第一责任单位为牵头部门,下同``: the key holds for the labelled lists below
            for a in found:
                if not a.task.strip() and not text[par.span.start:a.start].strip() \
                        and (above := task_above(text, par.span.start)) is not None:
                    a.task, a.start = above  # a bracket on a line of its own closes the task above it (U2, U5)
                out.append(self._assignment(doc, a, path))
            n_owned = len(out)  # (r21 unitB21)
            if not found and title is not None and (named := unit_list_heading(title)) is not None:
                # ``一、甲局、乙委。<their duties…>``: the units the inline title lists lead the duties after it
                if (hit := duties_of_unit_title(ptext, par.span.start, title_start, body_start, named)) is not None:
                    out.append(self._assignment(doc, hit, path))
            elif not found:
                owner = path
                if heading is not None and heading.inline and path and path[-1] == heading.title:
                    owner = path[:-1]  # an item's own inline title is no owner of it
                elif len(path) >= 2 and (units_of_heading(path[-2]) or bare_unit_heading(path[-2])) \
                        and self._sibling_of_section(doc, par, path):
                    owner = path[:-1]  # ``(二)…`` after the heading ``(一)…``: an item of the same owner
                owner = _urh.owner_above_work_kind(owner, bare_unit_heading)  # (unitB24) ``(一)甲部\n1.近期工作:\n(1)…``
                out += self._item_of_unit_heading(doc, par, owner)
            if not found and len(out) == n_owned:  # (r21 unitB21) ``。会同甲局推进…``, ``甲局承担…实事``: where no owner's row stands
                out += [self._assignment(doc, a, path) for a in _ucf.voice_frame_hits(ptext, par.span.start)]
        if told:
            out = self._without_restated_results(doc, out, "\n".join(told))
        return out

    @staticmethod
    def _without_restated_results(doc: PreparedDoc, found: list[AnyRecord], told: str) -> list[AnyRecord]:
        """(fourteenth round) The targets and goals of a headline line that restates a result the body recounts
        (``rules.recounts.restates_recount``) go: a headline gives nothing where it restates a status (G4a, N13)."""
        s = doc.structured
        text = doc.text
        gone: dict[int, bool] = {}
        starts = [p.span.start for p in s.paragraphs]
        out: list[AnyRecord] = []
        for r in found:
            if isinstance(r, (NumericTarget, Goal)):
                j = bisect.bisect_right(starts, r.norm_span.start) - 1
                par = s.paragraphs[j] if j >= 0 else None
                if par is not None and par.kind == "text" and r.norm_span.start < par.span.end:
                    if par.index not in gone:
                        gone[par.index] = restates_recount(text[par.span.start:par.span.end], told)
                    if gone[par.index]:
                        continue
            out.append(r)
        return out

    @staticmethod
    def _duty_run(doc: PreparedDoc) -> set[int]:
        """The text paragraphs that open with a unit and its duties (``甲局:负责…``) next to another that does:
        a division of duties written a unit a paragraph (``rules.unit_prose.unit_duty_blocks``)."""
        text = doc.text
        pars = doc.structured.paragraphs
        # (a numbered ``4、甲局:…`` cut short may stand as a heading line: it opens a unit's duties all the same)
        opens = [p.kind in ("text", "heading") and (text.find(":", p.span.start, p.span.end) >= 0 or text.find("]", p.span.start, p.span.start + 40) >= 0 or text.find("】", p.span.start, p.span.start + 40) >= 0
                                                    or text.find("：", p.span.start, p.span.end) >= 0 or text.find("—", p.span.start, p.span.start + 40) >= 0)  # (unitB27)
                 and opens_with_duty_head(text[slice(*_urio.duty_head_span(text, pars, k))]) for k, p in enumerate(pars)]
        if any(opens):
            # a line printed again word for word (a news page's headline ``甲局:将扩班解决`` under its share buttons)
            # is the page's furniture, no unit's duty: a division of duties never repeats a unit's line
            seen = Counter(text[p.span.start:p.span.end].strip() for k, p in enumerate(pars) if opens[k])
            opens = [o and seen[text[p.span.start:p.span.end].strip()] == 1 for o, p in zip(opens, pars)]

        def continued(k: int) -> bool:  # a text line that goes on with the paragraph above (a line broken inside it)
            return 0 <= k < len(pars) and pars[k].kind == "text" and not opens[k]

        def near(k: int, step: int) -> bool:
            j = k + step
            if 0 <= j < len(opens) and opens[j]:
                return True
            for _ in range(3):  # up to three lines between two units' duties: a broken line, (lead47) a contact note
                if not continued(j):
                    return False
                j += step
                if 0 <= j < len(opens) and opens[j]:
                    return True
            return False

        return {p.index for k, p in enumerate(pars) if opens[k] and (near(k, -1) or near(k, 1) or _rbu.numbered_duty_block(
            text[p.span.start:p.span.end]) or _rbu.lone_label_under_report(text[max(0, p.span.start - 80):p.span.start], text[p.span.start:p.span.end]))}  # (r18 confU18) U8a: one office's numbered block; (confB18) U8c

    @staticmethod
    def _sibling_of_section(doc: PreparedDoc, par, path: list[str]) -> bool:
        """A numbered paragraph whose marker is of the same kind as the heading of the section it stands
        in (``(二)…`` in the section the heading ``(一)…`` opened): that heading's sibling, not its item."""
        ptext = doc.text[par.span.start:par.span.end]
        kind = item_marker_kind(ptext)
        if kind is None:
            return False
        s = doc.structured
        for sec in reversed(s.sections):
            if sec.span.start <= par.span.start < sec.span.end and sec.path == path:
                return item_marker_kind(doc.text[sec.span.start:s.lines[s.line_at(sec.span.start)].end]) == kind
        return False

    def _item_of_unit_heading(self, doc: PreparedDoc, par, parents: list[str]) -> list[AnyRecord]:
        """A numbered item under a heading that names its unit (``一、县文旅局牵头工作(8项)``,
        ``(三)卫生部门职责、任务``): the unit leads the item's task."""
        if not parents:
            return []
        units = units_of_heading(parents[-1])
        if units is None and _upb.partyless_duty_title(parents[-1]) and (body := _upb.title_owner(doc.text, max(0, doc.text.rfind(parents[-1], 0, par.span.start)))):
            units = body  # (unitA40) ``一、主要职责`` on a page that opens with its body: that body's items (U8b (iii))
        if units is None and len(parents) >= 2 and (team := _uth.team_heading_units(parents[-1], parents[-2])):
            units = team  # (unitA40) ``二、工作任务与分工`` / ``(一)宣传组``: the group owns its items (U3a, U8)
        bare = units is None and (units := bare_unit_heading(parents[-1]) and (_uoh.label_above(doc.text, par.span.start) or bare_unit_heading(parents[-1]))) is not None  # (unitB27) ``各乡镇政府:`` above
        ptext = doc.text[par.span.start:par.span.end]
        mark = _NUMBERED.match(ptext.strip())
        if not units or (mark is None and not bare and not _uoh.lead_heading(parents[-1])) or units_of_heading(_NUMBERED.sub("", ptext.strip(), count=1)) \
                or _udh.opens_with_other_subject(_NUMBERED.sub("", ptext.strip(), count=1), units, parents[-1]):
            return []  # (a heading naming another unit is no item of this one; (r24 unitA24) nor an item with its own subject, U8b (ii))
        if _usal.owner_heading_is_salutation(doc.structured, doc.text, par.span.start, parents):
            return []  # (unitP20) U8: a letter's addressee line (``县甲委:``) owns none of the body below it
        if (h0 := doc.text.rfind(parents[-1], 0, par.span.start)) >= 0 and _uown.later_duty_title_between(doc.text, h0 + len(parents[-1]), par.span.start):
            return []  # (lead51) ``主要职责划分`` / ``校长/园长职责:`` between the heading and the item: another party's duties
        if bare and unit_cell_before_progress(doc.text[max(0, par.span.start - 4000):par.span.start]):
            return []  # (r15 ug15) the unit cell of a flattened row, before its progress cell
        lead_blank = len(ptext) - len(ptext.lstrip())
        start = par.span.start + lead_blank + (mark.end() if mark else 0)  # under a bare unit name, any paragraph
        body = doc.text[start:par.span.end].rstrip()
        body = body[:-1] if body.endswith(("。", ";", "；")) else body
        if len(body) < 4 or (bare and (is_labelled_name(body) or _upl.names_no_task(body) or _uth.holders_of_post_above(doc.text, par.span.start))) or _udh.is_part_title(body) or asks_question(body, body[-1]) \
                or _uai.article_number(body) or _uai.opens_own_owner_list(body):  # (unitA26) ``(一)主要职责``; (vfpA28) a question; (unitA31) ``第 4 条``, ``乙组掌理事项如下:``
            return []  # ``宣传组:王明``: a contact line under the unit, no task
        if not bare and _udl.labelled_item(body.lstrip("、.．" + " \t\u3000"), _is_unit_cell) is not None:
            return []  # (unitA38) ``(2)、甲部:负责…`` under ``各部门职责:``: the item's own label owns it (U8a), read by the list readers
        return [UnitAssignment(**self._base(doc, a, b, parents), task=t, lead_units=u, responsible_units=[])
                for a, b, t, u in _urio.owner_body_rows(body, start, units, bare_unit_heading)]  # (vunitA28) ``。乙局:…`` run in

    def _past_targets(self, doc: PreparedDoc, par, path: list[str], doc_year: int | None,
                      out: list[AnyRecord]) -> None:
        """The numbers of a review section, each shown to the decider as rejected by ``section:past``."""
        decider = self.decider
        assert decider is not None

        def past(c: Candidate) -> Decision:
            hand = c.hand if c.hard else Decision(False, ("section:past",))
            return decider(dataclasses.replace(c, hand=hand))

        ptext = doc.text[par.span.start:par.span.end]
        for t in find_targets(ptext, par.span.start, role="past", doc_year=doc_year, decider=past):
            out.append(NumericTarget(**self._base(doc, t.start, t.end, path), indicator=t.indicator,
                                     value=t.value, value_max=t.value_max, unit=t.unit,
                                     comparator=t.comparator, target_year=t.target_year, cues=list(t.cues)))

    def _label_line(self, doc: PreparedDoc, start: int, end: int, title: str, path: list[str],
                    lead: list[str], resp: list[str]) -> UnitAssignment:
        lead, resp = apply_lead_marks(lead, resp)
        return UnitAssignment(**self._base(doc, start, end, path), task=title, lead_units=lead,
                              responsible_units=resp)

