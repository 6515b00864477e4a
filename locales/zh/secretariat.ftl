## 秘书处页面。

## 评选届次（/admin/cycles）。

admin-cycles-none = 尚无评选届次。可通过以下任一方式导入：
admin-cycles-phase = { $phase ->
    [draft] 草稿
    [open] 接受提名中
    [reviewing] 评审中
    [decided] 已评定，尚未公布
   *[published] 结果已公布
}
admin-cycles-stage-kind = { $kind ->
    [screening] 资格审查
    [scoring] 评分
   *[public_vote] 公众投票
}
admin-cycles-publish-intro = 奖项已评定，目前尚未公开。公布后，结果将显示在公共网站、开放数据和订阅源中，并通过电子邮件通知各联络人和评审员。
admin-cycles-publish-at = 公布时间（可选，{ $zone }）
admin-cycles-publish = 公布结果
admin-cycles-public-page = 公开结果页面

## 外发邮件（/admin/outbox）。

admin-outbox-title = 外发邮件
admin-outbox-filter = 按状态筛选
admin-outbox-all = 全部
admin-outbox-status = { $status ->
    [pending] 待发送
    [sent] 已发送
   *[failed] 发送失败
}
admin-outbox-none = 没有邮件。
admin-outbox-none-status = { $status ->
    [pending] 没有待发送的邮件。
    [sent] 没有已发送的邮件。
   *[failed] 没有发送失败的邮件。
}
admin-outbox-col-to = 收件人
admin-outbox-col-subject = 主题
admin-outbox-col-status = 状态
admin-outbox-col-attempts = 尝试次数
admin-outbox-col-when = 发送时间或下次尝试时间
admin-outbox-col-error = 最近一次错误
admin-outbox-col-action = 操作
admin-outbox-resend = 重新发送
admin-outbox-resend-to = 重新发送给 { $to } 的邮件

## 用户（/admin/people）。

admin-people-invited = 邀请已发送至 { $email }。链接有效期为七天。
admin-people-invite-heading = 邀请用户
admin-people-invite-errors = 邀请未发送：请更正下方标出的字段。
admin-people-role = 角色
admin-people-role-nominator-long = 会员国联络人（提交提名）
admin-people-role-reviewer = 评审员
admin-people-role-admin-long = 管理员（秘书处）
admin-people-member-state = 会员国
admin-people-member-state-hint = （仅限联络人）
admin-people-nationality = 国籍
admin-people-nationality-hint = （评审员：绝不会分配其本国的提名）
admin-people-invite-submit = 发送邀请
admin-people-everyone = 所有账户持有人
admin-people-col-name = 姓名
admin-people-col-email = 电子邮件地址
admin-people-col-state = 国家
admin-people-col-status = 账户状态
admin-people-col-actions = 操作
admin-people-role-name = { $role ->
    [nominator] 联络人
    [reviewer] 评审员
   *[admin] 管理员
}
admin-people-active = 已启用
admin-people-deactivated = 已停用
admin-people-deactivate = 停用
admin-people-deactivate-person = 停用 { $name } 的账户
admin-people-change-role = 更改角色
admin-people-new-role = 新角色
admin-people-role-nominator = 联络人
admin-people-role-admin = 管理员
admin-people-state-code = 会员国代码（联络人）
admin-people-state-code-example = 例如：KEN
admin-people-change = 更改

## 阶段页面（/admin/stages/{id}）。

admin-stage-kind = { $kind ->
    [screening] 资格审查阶段
    [scoring] 评分阶段
   *[public_vote] 公众投票阶段
}
admin-stage-status = { $status ->
    [pending] 未开始
    [active] 进行中
   *[closed] 已结束
}
admin-stage-shortfalls = 部分提名未能分配到所需数量的评审员：
admin-stage-queue = 待审查的提名
admin-stage-checklist = 核对清单
admin-stage-note = 备注（如未通过审查，将告知联络人）
admin-stage-record-screening = 记录审查结果
admin-stage-ask-instead = 改为向联络人提问
admin-stage-question = 问题
admin-stage-answer-by = 答复截止日期
admin-stage-send-question = 发送问题
admin-stage-reviewers = 评审员
admin-stage-per-nomination = 每项提名的评审员人数
admin-stage-max-load = 每名评审员最多评审的提名数（可选）
admin-stage-assign-auto = 自动分配
admin-stage-assign-hint = 任何人都不评审本国的提名，也不评审其已声明存在利益冲突的提名。已有足够评审员的提名保持不变。
admin-stage-assign-one = 手动分配一名评审员
admin-stage-decide-awards = 评定奖项
admin-stage-advance = 晋级
admin-stage-pending-reviews = { $count ->
   *[other] 已分配的评审中有 { $count } 份尚未提交；排名仅计入已提交的评审。
}
admin-stage-still-to-decide = 尚待决定：
admin-stage-col-rank = 名次
admin-stage-col-nomination = 提名
admin-stage-col-rule = 按规则
admin-stage-outcome = { $outcome ->
    [advanced] 晋级
    [eliminated] 淘汰
    [ineligible] 不符合资格
    [winner] 获奖
    [champion] 冠军
   *[finalist] 入围
}
admin-stage-needs-decision = 需要作出决定
admin-stage-confirm-awards = 确认奖项
admin-stage-confirm-close = 确认并结束本阶段

## 手动分配评审员（/admin/stages/{id}/assign-one）。

admin-assign-title = 分配评审员：{ $stage }
admin-assign-heading = 手动分配评审员
admin-assign-rules = 任何人不得评审本国的提名，也不得评审其已声明存在利益冲突的提名；如属此类情况，分配将被拒绝。
admin-assign-nomination = 提名
admin-assign-reviewer = 评审员
admin-assign-submit = 分配

## 评分阶段的排名（尚未使用）。

admin-ranking-title = 排名
admin-ranking-reliability = 评审员间信度（Krippendorff alpha 系数）：
admin-ranking-not-measurable = 暂无法计算
admin-ranking-hide-reviews = 隐藏评审
admin-ranking-show-reviews = 显示全部评审
admin-ranking-csv = 供 API 使用的 CSV 文件
admin-ranking-col-score = 得分
admin-ranking-col-reviews = 评审
admin-ranking-col-spread = 分差
admin-ranking-col-flags = 提示
admin-ranking-col-override = 人工调整
admin-ranking-col-rationale = 理由
admin-ranking-reviews-done = { $done } / { $assigned }
admin-ranking-flag = { $flag ->
    [disagreement] 评审意见分歧
    [tie] 并列
   *[no_reviews] 无评审
}
admin-ranking-preview = 按这些调整预览

## What the secretariat is told after acting on a stage or a cycle.
admin-stage-screen-passed = 通过
admin-stage-screen-failed = 未通过
admin-stage-screen-none = 未审查
admin-stage-notice-assigned = 评审员已分配，并已通过电子邮件通知。
admin-stage-notice-advanced = 本阶段已结束，其结果已记录在案。
admin-stage-notice-screened = 审查结果已记录。
admin-stage-notice-asked = 问题正在发送给该提名的联络人。
admin-cycles-notice-published = 结果已公开，正在通知各联络人和评审员。
admin-cycles-notice-scheduled = 已安排公布；在此之前，结果不予公开。
# $why: the refusal, in a sentence.
admin-assign-refused = 未能分配：{ $why }。
admin-stage-nothing-changed = 未作任何更改：{ $why }。

## One email of the outbox (/admin/email/{id}).
admin-email-queued = 加入队列时间
admin-email-sent = 发送时间
# When delivery will be tried again.
admin-email-next-attempt = 下次尝试
admin-email-text = 正文
# A link that opens the email's formatted (HTML) version on its own page.
admin-email-html = 打开排版版本

## The audit trail (/admin/audit).
admin-audit-title = 审计记录
admin-audit-chain = 记录完整性
admin-audit-intact = 已于 { $when } 核查：全部 { $count } 条事件均与记录时一致。
admin-audit-broken = 已于 { $when } 核查：记录已被篡改。
admin-audit-not-checked = 自本服务器启动以来尚未核查记录。
admin-audit-check-now = 立即核查记录
admin-audit-filter = 筛选记录
admin-audit-actor = 操作人
admin-audit-action = 操作
admin-audit-action-hint = 按记录的名称，例如 nomination.submitted。
admin-audit-subject = 对象
admin-audit-from = 起始日期
admin-audit-until = 截止日期
admin-audit-apply = 筛选
admin-audit-clear = 显示全部
admin-audit-when = 时间
admin-audit-details = 详情
admin-audit-none = 没有符合条件的事件。
admin-audit-older = 更早的事件

## A cycle's entries (/admin/cycles/{id}/nominations).
admin-entries-title = { $cycle }的提名
admin-entries-filter = 筛选提名
admin-entries-words = 关键词
admin-entries-words-hint = 在标题或机构名称中查找，不区分大小写。
admin-entries-region = 区域组
admin-entries-any = 全部
admin-entries-csv = 以 CSV 格式下载这些提名
admin-entries-none = 没有符合条件的提名。
admin-entries-updated = 最后修改
admin-entries-more = 更多提名
admin-entries-link = 全部提名

## A cycle's dashboard (/admin/cycles/{id}).
admin-dashboard-states = { $all } 个会员国中已有 { $count } 个提交了提名。
admin-dashboard-by-status = 按状态统计的提名
admin-dashboard-by-region = 按区域组统计的提名
admin-dashboard-count = 数量
admin-dashboard-submitted = 已提交
admin-dashboard-drafts = 草稿
admin-dashboard-reviews = 已提交 { $submitted } / { $assigned } 份评审；逾期 { $overdue } 份
admin-dashboard-due = 截止：{ $due }
admin-dashboard-juror = 评审员
admin-dashboard-assigned = 已分配
admin-dashboard-overdue = 逾期
admin-dashboard-link = 进度

## A nomination's dossier (/admin/nominations/{id}).
admin-dossier-submitted = 提交时间
admin-dossier-clarification = 向联络人提出的问题：
admin-dossier-ineligible = 经认定不符合资格：
# The entry as its member state wrote it: summary and answers.
admin-dossier-entry = 提名内容
# $rank: its place in its ranking group.
admin-dossier-rank = 排名第 { $rank }
# $who: the person who decided; $when: the date and time.
admin-dossier-decided-by = 由 { $who } 于 { $when } 作出决定。
admin-dossier-decided = 于 { $when } 作出决定。
# The secretariat chose another outcome than the stage's rule gave.
admin-dossier-overridden = 秘书处作出了有别于规则结果的决定：
admin-dossier-check-passed = 符合
admin-dossier-check-failed = 不符合
admin-dossier-no-reviews = 本阶段未为该提名分配评审员。
admin-dossier-comment = 意见
# A review's status; $when: when it was submitted, or when it is due.
admin-dossier-review-status = { $status ->
    [submitted] 已于 { $when } 提交
    [recused] 已回避
   *[pending] 截止：{ $when }
}
admin-dossier-emails = 与该提名有关的电子邮件
admin-dossier-no-emails = 尚未就该提名发送任何电子邮件。
admin-dossier-history = 历史记录
admin-dossier-in-trail = 在审计记录中查看

## The dashboard's charts (/admin/cycles/{id}). Each chart has a title, a sentence
## saying what it shows, and the same numbers in a table.
admin-dashboard-call = 提名征集
admin-dashboard-stages = 各阶段进展
admin-chart-days-title = 每日提交的提名
# $count nominations in all; $day the busiest day, with $most of them; $closes the deadline.
admin-chart-days-summary = { $count ->
   *[other] 迄今已提交 { $count } 项提名
}；提交最多的一天是 { $day }，共 { $most } 项。征集截止时间：{ $closes }。
admin-chart-days-none = 尚未提交任何提名。征集截止时间：{ $closes }。
# Marks the deadline on the chart of submissions per day.
admin-chart-deadline = 截止时间
admin-chart-day = 日期
admin-chart-coverage-title = 各区域组会员国的提名情况
# After "N of 193 member states have submitted a nomination."
admin-chart-coverage-drafting = { $count ->
    [0] 没有其他会员国有待提交的草稿。
   *[other] 另有 { $count } 个会员国有尚未提交的草稿。
}
# A bar's label: $submitted and $drafting of the group's $states member states.
admin-chart-coverage-row = { $region }：{ $states } 个会员国中，{ $submitted } 个已提交，{ $drafting } 个仅有草稿
admin-chart-draft-only = 仅有草稿
admin-chart-not-yet = 尚无
admin-chart-states = 会员国
admin-chart-states-submitted = 已提交提名的会员国
admin-chart-funnel-title = 提名在各阶段的进展
admin-chart-funnel-summary = 每个条形代表本届评选的一个步骤：有多少项提名进入该步骤，其中又有多少项继续晋级。
# The first bar: every nomination submitted.
admin-chart-funnel-first = { $step }：{ $count }
# A stage's bar: $count reached it and $on went on.
admin-chart-funnel-row = { $step }：进入 { $count } 项，继续晋级 { $on } 项
admin-chart-went-on = 继续晋级
admin-chart-stopped = 止步于此或尚未决定
admin-chart-step = 步骤
admin-chart-reached = 进入
# $stage: the stage's name.
admin-chart-jurors-title = 各评审员的评审情况：{ $stage }
# A juror's bar.
admin-chart-juror-row = { $name }：已提交 { $submitted } / { $assigned } 份，逾期 { $overdue } 份
admin-chart-not-due = 尚未到期
admin-chart-action = 操作
admin-dashboard-remind = 提醒
# The remind button's name for a screen reader: $name the jury member.
admin-dashboard-remind-one = 立即提醒 { $name }
admin-dashboard-remind-all = 提醒所有尚有未完成评审的评审员
admin-dashboard-remind-hint = 无论点击多少次，每名评审员在本阶段每天最多收到一次提醒。
admin-dashboard-reminded = 提醒正在发送。
admin-chart-criteria-title = 按评分标准统计的评分：{ $stage }
admin-chart-juror-scores-title = 按评审员统计的评分：{ $stage }
admin-chart-range-summary = 每条线从所给的最低分延伸至最高分，分值范围为 0 至 100；圆点表示平均分。
# A range's label, on a scale of 0 to 100.
admin-chart-range-row = { $name }：平均分 { $mean }，从 { $min } 到 { $max }
# $low and $high: the lowest and highest mean total, with the jury members who gave them.
admin-chart-juror-scores-summary = 每条线从一名评审员所给的最低总分延伸至最高总分，分值范围为 0 至 100；圆点表示平均分。各评审员的平均分介于 { $low }（{ $lowname }）与 { $high }（{ $highname }）之间。
admin-chart-criterion = 评分标准
admin-chart-lowest = 最低分
admin-chart-mean = 平均分
admin-chart-highest = 最高分
# $alpha: Krippendorff's alpha, two decimals.
admin-dashboard-agreement = 评审员之间的一致性（Krippendorff alpha 系数）：{ $alpha }。{ $level ->
    [good] 评审员的评分高度一致。
    [tentative] 评审员的评分仅部分一致：请查看下方的分差。
   *[low] 评审员的评分分歧多于一致：请先查看下方的分差，再决定晋级。
}
# A screening stage's progress: $decided of the $entered nominations that reached it.
admin-dashboard-screened = 已审查 { $decided } / { $entered } 项提名
# The entries' filter by what a stage decided.
admin-entries-outcome = 某一阶段的决定
admin-entries-clarification = 仅显示向联络人提出的问题尚未得到答复的提名
admin-entries-sort = 排序
admin-entries-sort-by = { $sort ->
    [changed] 最近修改的在前
    [title] 按标题
    [member_state] 按会员国
   *[oldest] 按创建顺序
}
admin-entries-csv-reviews = 以 CSV 格式下载这些提名的评审，每份评审一行
# The earliest due date of a jury member's reviews still to come.
admin-chart-next-due = 最近截止日期

## People at scale: searching, coverage, deactivation, lists of invitations.
# $name: the person's name.
admin-people-was-deactivated = { $name } 的账户已停用，并已在所有设备上退出登录。您可随时重新启用该账户。
admin-people-was-reactivated = { $name } 的账户已重新启用，该用户可以登录。
admin-people-bulk-link = 通过列表邀请多名用户
admin-people-invitations-link = 已发送的邀请
admin-people-coverage-heading = 联络人
admin-people-coverage-all = 每个会员国都有已启用的联络人。
# $count: member states with no active focal point.
admin-people-coverage-missing = { $count ->
   *[other] 有 { $count } 个会员国没有已启用的联络人
}
# $count: people matching the search.
admin-people-found = { $count ->
   *[other] 找到 { $count } 名用户
}
admin-people-search = 搜索用户
admin-people-words = 姓名或电子邮件地址
admin-people-none-found = 没有符合此搜索条件的用户。
admin-people-reactivate = 重新启用
admin-people-reactivate-person = 重新启用 { $name } 的账户
admin-people-name-hint = （可选：将预先填入邀请页面）
admin-people-deactivate-explained = 该用户将立即在所有设备上退出登录，且无法再登录。其所有操作仍保留在记录中。您之后可以重新启用该账户。
admin-people-deactivate-confirm = 停用账户
admin-people-keep = 保持启用
admin-bulk-title = 批量邀请
# $count: invitations sent.
admin-bulk-sent = { $count ->
   *[other] { $count } 份邀请正在发送。
}
admin-bulk-empty = 请先粘贴列表或选择文件：列表中没有任何人员。
admin-bulk-preview = 发送前核对
# $refused: rows with problems; $count: rows in the list.
admin-bulk-refused = { $refused ->
   *[other] { $count } 行中有 { $refused } 行需要更正，更正前不会发送任何邀请。请在下方列表中更正后再次核对。
}
# $count: rows in the list.
admin-bulk-ready = { $count ->
   *[other] 可以向列表中的 { $count } 人发送邀请。
}
admin-bulk-line = 行号
admin-bulk-problems = 问题
admin-bulk-row-ok = 可发送
# $field: the column at fault.
admin-bulk-field = { $field ->
    [name] 姓名
    [email] 电子邮件地址
    [role] 角色
    [member_state] 会员国
    [nationality] 国籍
   *[other] { $field }
}
admin-bulk-list = 粘贴列表
admin-bulk-list-hint = 每行一人：姓名、电子邮件地址、角色、会员国、国籍，以逗号、分号或制表符分隔（可直接使用从电子表格复制的单元格）。如第一行为英文列名（name、email、role、member_state、nationality），各列可按其他顺序排列。角色须按原样以英文填写：“focal point”、“juror”或“secretariat”。会员国可填写英文名称或代码，例如 Kenya 或 KEN。
admin-bulk-file = 或选择 CSV 文件
admin-bulk-check = 核对列表
# $count: people to invite.
admin-bulk-send = { $count ->
   *[other] 发送 { $count } 份邀请
}
admin-invitations-title = 已发送的邀请
admin-invitations-filter = 按状态查看邀请
# $done: resent or revoked; $email: the address.
admin-invitations-done = { $done ->
    [resent] 新链接正在发送至 { $email }；先前的链接已失效。
   *[revoked] 发给 { $email } 的邀请已撤销；其链接已失效。
}
# $status: pending, accepted, expired or revoked.
admin-invitation-status = { $status ->
    [pending] 待接受
    [accepted] 已接受
    [expired] 已过期
   *[revoked] 已撤销
}
admin-invitations-none = 没有可显示的邀请。
admin-invitations-sent = 发送日期
admin-invitations-resend = 重新发送
admin-invitations-resend-to = 重新发送邀请至 { $email }
admin-invitations-revoke = 撤销
admin-invitations-revoke-to = 撤销发给 { $email } 的邀请
admin-invitations-more = 更早的邀请
admin-bulk-to-correct = 需更正的行
# $count: rows in the list.
admin-bulk-all-rows = 列表中的全部 { $count } 行

## Setting up a cycle: /admin/cycles/new, /admin/cycles/{id}/edit and its preview.
admin-cycles-set-up = 设置
admin-cycles-new = 设置新的评选届次
setup-title-new = 设置新的评选届次
# $cycle: the cycle's name, e.g. "UN Public Service Awards 2028".
setup-title-edit = 设置：{ $cycle }
setup-copy-heading = 基于以往的评选届次
setup-copy-intro = 所有内容均会复制：类别、问题、阶段、评分标准和设置，所有日期均顺延至新的年份，作为初始设置。副本以草稿形式保存，您可随后进行修改。
setup-copy-none = 尚无可供复制的评选届次。
setup-copy-from = 要复制的评选届次
setup-copy-year = 新一届的年份
setup-copy = 复制为新草稿
setup-copy-choose = 请选择要复制的评选届次。
setup-scratch-heading = 或从头开始
setup-save = 保存
setup-create = 创建评选届次草稿
setup-preview = 预览提名表和评分标准
setup-download = 下载定义文件（TOML）
setup-notice-saved = 已保存。所作更改显示如下。
setup-notice-created = 评选届次草稿已创建。在开始接受提名之前，它将一直处于草稿状态，公众无法看到。
setup-notice-copied = 副本已作为草稿创建。请在开始接受提名之前核对其中的日期。
# $count: how many problems.
setup-problems = 有 { $count } 个问题导致无法保存。各问题均已在相应字段旁标出；您输入的内容已保留。
# $phase: open, reviewing, decided or published.
setup-fixed-explained = { $phase ->
    [open] 提名已开始，联络人依赖当前设置，因此只能更改截止时间（只能推迟）以及名称、标签和帮助文字的措辞。其他内容均按现状显示。
   *[other] 提名已截止，因此只能更改名称、标签和帮助文字的措辞。其他内容均按现状显示。
}
setup-general = 评选届次
setup-programme = 奖项名称
setup-year = 年份
setup-default-language = 定义文件的撰写语言
setup-languages = 本届评选使用的语言
setup-languages-hint = 此后，每个名称、标签和帮助文字均须以上述每种语言填写。点击“保存”即可应用更改。
setup-time-zone = 时区
setup-time-zone-hint = 采用 IANA 时区数据库中的名称，例如 America/New_York 或 Africa/Nairobi。以下日期均按此时区计算。
setup-opens-at = 提名开始时间
setup-closes-at = 提名截止时间
setup-publish-at = 结果公布时间
setup-max-attachments = 每项提名最多可附的证明材料数
setup-min-attachments = 每项提名至少须附的证明材料数
setup-categories = 类别
# $n: the category's place in the list.
setup-category = 类别 { $n }
setup-key = 键
setup-key-hint = 使用小写英文字母、数字和连字符，例如 digital-transformation。导出数据和 API 均使用该键。
setup-name = 名称
setup-description = 说明
setup-max-per-state = 每个会员国的提名数
setup-winners = 获奖名额
setup-champions = 冠军名额（次于获奖者）
setup-per-region = 按区域评选获奖者
setup-yes = 是
setup-no = 否
setup-add-category = 添加类别
setup-questions = 提名表中的问题
setup-questions-hint = 提名表始终包含标题、机构和摘要；以下问题列于其后。
# $n: the question's place in the form.
setup-question = 问题 { $n }
setup-label = 标签
setup-help = 帮助文字
setup-kind = 答案类型
# $kind: text, long_text, number, url, date or choice.
setup-kind-option = { $kind ->
    [text] 短文本
    [long_text] 长文本
    [number] 数字
    [url] 网址
    [date] 日期
   *[choice] 从列表中选择一项
}
setup-max-length = 答案最大长度（字符数）
setup-max-length-hint = 留空则采用通常的限制。
setup-required = 必须作答
setup-public = 随获奖者一并公布
setup-identifying = 可能透露会员国身份：在匿名评审阶段对评审员隐藏
setup-choices = 选项
# $n: the choice's place in the list.
setup-choice = 选项 { $n }
setup-add-choice = 添加选项
setup-add-question = 添加问题
setup-stages = 阶段
# $n: the stage's place in the order of review.
setup-stage = 阶段 { $n }
setup-stage-kind = 阶段类型
# $kind: screening, scoring or public_vote.
setup-stage-kind-option = { $kind ->
    [screening] 由秘书处进行资格审查
    [scoring] 由评审员评分
   *[public_vote] 公众投票
}
setup-reviewers = 每项提名的评审员人数
setup-due-at = 评审截止时间
setup-blind = 匿名评审：评审员看不到提名所属的会员国
setup-aggregation = 评审员评分的合并方式
# $aggregation: mean, zscore or trimmed_mean.
setup-aggregation-option = { $aggregation ->
    [mean] 平均分
    [zscore] 消除各评审员宽严差异后的平均分（z 分数）
   *[trimmed_mean] 去掉最高分和最低分后的平均分
}
setup-spread = 分差超过此值时标记为意见分歧（满分 100）
setup-rule = 晋级下一阶段的规则
# $rule: top_n, min_score or manual.
setup-rule-option = { $rule ->
    [top_n] 得分最高者，以规定数量为限
    [min_score] 达到或超过规定分数者
   *[manual] 由秘书处决定
}
setup-top = 晋级数量
setup-score = 晋级最低分（满分 100）
setup-criteria = 评分标准
# $n: the criterion's place; $stage: its stage's place.
setup-criterion = 阶段 { $stage } 的评分标准 { $n }
setup-guidance = 给评审员的指导说明
setup-weight = 权重
setup-min = 最低分
setup-max = 最高分
setup-levels = 各分值的含义
setup-levels-hint = 可选。评审员打分时会在分数旁看到这些说明。
# $n: the described point's place in the list.
setup-level = 分值说明 { $n }
setup-level-score = 分值
setup-level-label = 含义
setup-add-level = 添加分值说明
setup-add-criterion = 添加评分标准
setup-add-stage = 添加阶段
setup-up = 上移
setup-down = 下移
setup-remove = 删除
setup-needed = 请填写此项。
setup-not-whole = 请填写整数，例如 3。
setup-not-number = 请填写数字，例如 7.5。
setup-not-date = 请选择日期和时间。
setup-changes = 上次保存所作的更改
# $who: who saved; $when: when, in the cycle's time zone.
setup-changes-by = 由 { $who } 于 { $when } 保存。
setup-changes-none = 上次保存未作任何更改。
setup-added = 已添加：
setup-removed = 已删除：
setup-preview-title = 预览。
setup-preview-intro = 各表格均按填写人将看到的样子显示。此处的任何内容均无法提交。
setup-preview-nothing-sent = 此为预览：无法从此处提交任何内容。
# $stage: the stage's name.
setup-preview-rubric = 评分标准：{ $stage }

## A clarification's answer, and what the focal point changed with it.
admin-clarification-answer = 联络人的答复：
admin-clarification-changes = 所作更改（删除的文字加删除线，新增的文字加标记）：
admin-clarification-unchanged = 未对提名作其他更改。
admin-clarification-waiting = 尚未答复。

## Passages withheld from jurors in blind stages.
admin-redaction-title = 在匿名评审阶段对评审员隐藏的文字
admin-redaction-hint = 可能透露会员国身份的名称或其他细节，可在匿名评审阶段对评审员隐藏：请按原文原样粘贴该段文字。答复本身不会更改；您以及其他阶段的评审员仍会看到原文，每项更改均记入审计记录。
admin-redaction-field = 所在字段
admin-redaction-passage = 要隐藏的文字
admin-redaction-add = 隐藏该段文字
admin-redaction-remove = 恢复显示
admin-redaction-notice-added = 该段文字已在匿名评审阶段对评审员隐藏。
admin-redaction-notice-removed = 该段文字已恢复向评审员显示。
