# Why something was refused, as the reader is told beside a field or at the top of a
# page. Most begin in lower case: they follow a field's name or are joined to others,
# and the page capitalises the first letter where a sentence starts.

## A focal point's nomination.
# $closes: the deadline as a date and time.
refusal-deadline-passed = 本届评选的提名已于 { $closes } 截止，不再接受任何修改
refusal-not-open-yet = 本届评选尚未开始接受提名，将于 { $opens } 开始
# $state: the member state's name; $max: how many nominations it may submit.
refusal-quota-exceeded = { $max ->
   *[other] { $state }已在本类别中提交 { $max } 项提名，已达到可提交的上限
}
# $status and $action are words the program uses: choose the sentence by them.
refusal-invalid-state = { $status ->
    [draft] 处于草稿状态
    [submitted] 已提交
    [clarification_requested] 正在等待澄清
    [in_review] 正在评审
    [finalist] 已入围
    [winner] 已获奖
    [champion] 已获冠军
    [withdrawn] 已撤回
    [ineligible] 不符合资格
   *[eliminated] 未晋级
}的提名不能{ $action ->
    [edit] 修改
    [submit] 提交
   *[withdraw] 撤回
}
refusal-clarification-overdue = 澄清说明的截止时间为 { $due }；秘书处已不能再接受修改
refusal-screen-awaiting-answer = 此提名正在等待其联络人的答复；收到答复后即可进行资格审查
refusal-question-pending = 已有一个问题正在等待联络人答复
refusal-screen-not-in-review = 只有处于开放的资格审查阶段的提名才能进行资格审查
refusal-publish-not-decided = 最后阶段确定奖项后，方可发布结果
refusal-no-question = 没有等待答复的秘书处问题

## An answer that does not fit its question.
refusal-too-long = 最多 { $limit } 个字符；此答复共有 { $length } 个字符
refusal-number = 数字，例如 250000 或 12.5
refusal-url = 以 https:// 开头的网址
# $first and $last are years.
refusal-date = 格式为 YYYY-MM-DD 的日期，年份须在 { $first } 年至 { $last } 年之间，例如 2021-03-01
# $choices: the allowed answers, separated by semicolons.
refusal-choice = 以下选项之一：{ $choices }

## Text that cannot be kept as typed.
# $code: the character's code point, such as U+0007.
refusal-control-character = 包含控制字符 { $code }，文本中不得含有此类字符；请删除后重新发送
refusal-line-breaks = 只能为一行，不得换行
refusal-direction-override = 包含文字方向覆盖字符（U+202A 至 U+202E 或 U+2066 至 U+2069），可能导致文本显示为其他内容；请将其删除

## Accounts.
refusal-email = “{ $email }”不是有效的电子邮件地址
refusal-password-short = 密码长度至少为 { $min } 个字符
refusal-password-long = 密码长度不得超过 { $max } 个字符
refusal-password-personal = 密码不得包含您的姓名或电子邮件地址
refusal-password-guessable = 此密码属于最常见的密码，或容易根据您的姓名或地址猜出；请尝试使用几个互不相关的词语

## Attachments.
# $size and $limit in bytes; $megabytes: the limit written as, e.g., "10.0 MiB".
refusal-file-too-large = 文件大小为 { $size } 字节；可接受的最大大小为 { $limit } 字节（{ $megabytes }）
refusal-file-type = 此文件不是 PDF、PNG 或 JPEG 格式（无论其文件名如何）；请将其另存为上述格式之一，然后重新附上

## Refusals any page or request may meet.
# $thing is a word the program uses for what was asked for.
refusal-not-found = { $thing ->
    [nomination] 未找到该提名
    [cycle] 未找到该评选届次
    [stage] 未找到该阶段
    [assignment] 未找到该评审分配
    [attachment] 未找到该附件
    [category] 未找到该类别
    [email] 未找到该邮件
    [initiative] 未找到该举措
    [person] 未找到该用户
    [scoring-stage] 未找到该评分阶段
    [member-state] 未找到该会员国
   *[other] 未找到
}
refusal-sign-in = 请登录后继续
refusal-wrong-credentials = 电子邮件地址或密码不正确
# $current: the version number the thing is at now.
refusal-version-mismatch = 在您加载之后，此内容已被他人修改（当前为第 { $current } 版）；请重新加载，然后再次进行修改
refusal-rate-limited = { $minutes ->
   *[other] 失败次数过多；请在 { $minutes } 分钟后重试
}
refusal-fields = { $count ->
   *[other] 有 { $count } 个字段需要更正
}
refusal-idempotency-in-progress = 使用此 Idempotency-Key 的请求仍在处理中；请稍后重试
refusal-idempotency-reused = 此 Idempotency-Key 已用于另一项请求；新请求请使用新的密钥

## Invitation links.
refusal-link-unknown = 此链接无效。请确认您打开的是邮件中的完整链接。
refusal-link-expired = 此链接已过期。请向秘书处申请新的邀请。
refusal-link-used = 此链接已被使用。请使用您设置的密码登录。

## Reviewing.
# $stage: the stage's name; $status: pending, active or closed.
refusal-stage-not-active = “{ $stage }”阶段{ $status ->
    [pending] 尚未开始
    [active] 正在进行
   *[closed] 已结束
}；评审员只能在进行中的阶段开展工作
# $kind: screening, scoring or public_vote.
refusal-stage-not-scoring = “{ $stage }”阶段是{ $kind ->
    [screening] 资格审查阶段
    [scoring] 评分阶段
   *[public_vote] 公众投票阶段
}；只有评分阶段才分配评审员
# $at: when it was submitted.
refusal-review-submitted = 此评审已于 { $at } 提交；可以查看，但不能再修改
refusal-recused = 此项评审分配已申请回避，不能再评分
refusal-reviewer-same-state = 该评审员来自提名所属的会员国
refusal-reviewer-conflict-state = 该评审员已申报与提名所属会员国存在利益冲突
refusal-reviewer-conflict-nomination = 该评审员已申报与此提名存在利益冲突
refusal-reviewer-already-assigned = 该评审员已被分配评审此提名，或已对此提名申请回避

## The secretariat's work.
# $status: pending or sent.
refusal-email-not-failed = 只有发送失败的邮件才能重新发送；此邮件{ $status ->
    [pending] 正在等待发送
    [sent] 已发送
   *[other] 的状态为“{ $status }”
}

## Fields of forms and requests.
refusal-datetime = 日期和时间，例如 2027-06-23T14:00
refusal-whole-number = 整数
refusal-day = 格式为 YYYY-MM-DD 的日期
refusal-score-number = 数字，例如 7 或 7.5
refusal-multipart-file = 请通过 multipart 字段 'file' 发送文件
refusal-override-nomination = 不是本阶段的提名
refusal-override-rationale = 人工调整须附书面理由
refusal-no-such-question = 此表单中没有该问题
refusal-required = 提交前必须填写
refusal-attachments-required = { $count ->
   *[other] 提交前须至少附上 { $count } 份证明材料
}
# $key: the category as it was sent.
refusal-category-unknown = “{ $key }”不是本届评选的类别
refusal-category-choose = 请选择类别
refusal-category-fixed = 提名不能更改类别；请撤回该提名，另行新建
# $check: an item of the screening checklist.
refusal-check-answer = 请回答“{ $check }”
refusal-no-such-check = 此核对清单中没有该项
refusal-question-empty = 请填写需要联络人回答的问题
refusal-due-future = 截止日期须为将来的日期
refusal-at-least-one = 至少为 1
refusal-assign-nomination = 本阶段没有该编号的提名（可能已被淘汰）
refusal-assign-reviewer = 没有该编号的在任评审员
refusal-no-such-criterion = 此评分细则中没有该项标准
refusal-score-range = 分数须在 { $min } 至 { $max } 之间
refusal-comment-long = 最多 { $limit } 个字符
refusal-cycle-exists = { $programme }已有 { $year } 年的评选届次
refusal-name-required = 必须填写姓名
refusal-account-exists = 地址为 { $email } 的账户已存在
refusal-nominator-state = 联络人代表一个会员国行事；请指明该会员国
refusal-state-nominators-only = 只有联络人才与会员国相关联
# $code: three letters, as typed.
refusal-not-member-state = { $code } 不是联合国会员国
refusal-state-choose = 请选择会员国
refusal-conflict-reason = 请简要说明原因，供秘书处备案
refusal-has-account = { $email } 已有账户
refusal-name-enter = 请输入同事所熟知的姓名
refusal-has-account-sign-in = { $email } 已有账户；请直接登录
refusal-state-code = “{ $code }”不是 ISO 3166-1 alpha-3 代码（例如 FRA 或 KEN）
refusal-language = 请从所提供的六种语言中选择一种

## What still stands in the way of closing a stage.
refusal-cannot-advance = 本阶段暂不能进入下一阶段：{ $why }
# $title: a nomination's title.
unsettled-not-screened = 提名“{ $title }”尚未经过审查
unsettled-clarification = 提名“{ $title }”正在等待联络人的澄清说明
unsettled-no-review = 提名“{ $title }”尚无已提交的评审：请通过人工调整作出决定，或等待评审提交
unsettled-screening-last = 评选不能以资格审查阶段作为最后阶段
# $nominations: a list of nomination ids.
unsettled-need-outcome = { $count ->
   *[other] 仍有 { $count } 项提名需要确定结果并附理由：{ $nominations }
}
unsettled-tie = 并列第 { $rank } 名：{ $nominations }
# $nomination: a nomination's id.
refusal-override-not-in-group = 提名 { $nomination } 不在此排名组中
refusal-override-twice = 提名 { $nomination } 有不止一项人工调整
refusal-override-no-rationale = 对提名 { $nomination } 的人工调整须附书面理由
# A nomination left with fewer reviewers than the stage wants. $reason: none (nobody
# may review it), few ($eligible may), or load (all who may are at their maximum).
shortfall = { $wanted ->
   *[other] 需要 { $wanted } 名评审员，尚缺 { $missing } 名
}：{ $reason ->
    [none] 现有评审员中无人可以评审该提名
    [few] { $eligible ->
       *[other] 现有评审员中只有 { $eligible } 人可以评审该提名
    }
   *[load] 所有可以评审该提名的评审员均已达到评审数量上限
}
refusal-programme-fixed = 评选届次的奖项及年份以创建时为准，不可更改；请改为导入新的评选届次
# A label of a cycle definition without words in one of the cycle's languages.
# $language: the language's name in itself; $code: its two letters.
refusal-label-missing = 缺少以下语言的文本：{ $language }（{ $code }）

## Problems with a cycle definition (importing or editing a cycle). Field names,
## keys and words such as "choice" or "max_attachments" are the definition's own:
## keep them as they are.
definition-toml = 不是有效的 TOML：{ $error }
# $known: the fields this part of a definition may have.
definition-unknown-field = 未知字段“{ $field }”；应为以下字段之一：{ $known }
definition-programme = 请填写奖项名称，例如“联合国公共服务奖”
definition-year = 2000 年至 2100 年之间的年份
definition-time-zone = “{ $zone }”不是 IANA 时区名称；您是否指的是 { $suggestions }？
# $zone: what was typed, with no near IANA name.
definition-time-zone-unknown = “{ $zone }”不是 IANA 时区名称（例如 Europe/Zurich 或 America/New_York）
definition-closes = 提名截止时间必须晚于开始时间
definition-publish = 结果必须在提名截止之后公布
definition-max-attachments = 须在 0 至 20 之间
definition-min-attachments = 须在 0 至 max_attachments 之间
definition-no-category = 评选届次至少须设一个类别
definition-name = 必须填写名称
definition-zero-or-more = 至少为 0
definition-label = 必须填写标签
# $word: what was written; $known: the words allowed.
definition-not-one-of = “{ $word }”不是以下取值之一：{ $known }
definition-max-length = 1 至 { $most } 个字符
definition-choices-needed = “choice”类型的问题须列出选项
definition-two-choices = 至少两个选项
definition-choices-only = 只有“choice”类型的问题才有选项
definition-no-stage = 评选届次至少须设一个评审阶段
definition-last-stage = 最后一个阶段要对提名进行排名以确定获奖者，因此必须是评分阶段
definition-no-criterion = 每个阶段至少须设一项标准
definition-reviewers = 须在 1 至 20 之间
definition-reviewers-needed = 评分阶段须指明每项提名由多少名评审员评分
definition-spread = 分差须在 0 至 100 之间
definition-score = 分数须在 0 至 100 之间
definition-due = 评审截止时间必须晚于提名截止时间
definition-weight = 权重必须为正数
definition-scale = 评分范围的最高分必须高于最低分
definition-key = “{ $key }”不是有效的键：只能使用小写英文字母、数字、'-' 和 '_'，且须以字母开头
definition-key-twice = 键“{ $key }”被重复使用
# $value: what was sent; $allowed: the words that may be, separated by commas.
refusal-unknown-word = “{ $value }”不是可接受的值之一：{ $allowed }

## Invitations managed by the secretariat.
refusal-link-revoked = 此邀请已撤回，或已被更新的邀请取代。请使用最新的邀请邮件，或向秘书处申请新的邀请。
refusal-invitation-accepted = 此邀请已被接受：该用户已有账户。如需终止其访问权限，请停用该账户。
refusal-invitation-revoked = 此邀请已撤销。请改为发送新的邀请。
refusal-own-account-active = 您不能停用或重新启用自己的账户；请联系其他管理员。
refusal-bulk-empty = 列表中没有任何人员。
# $count: how many people the list has; $limit: the most one list may hold.
refusal-bulk-too-many = 列表中有 { $count } 人；每份列表最多只能邀请 { $limit } 人。请将其拆分为多份列表。
# $email: an address that appears earlier in the same list.
refusal-bulk-repeated = { $email } 已在此列表前面出现过
# $line: the line of the pasted text or file.
refusal-bulk-unreadable = 第 { $line } 行无法按 CSV 格式读取：请检查其中的引号。

## Editing a cycle once nominations have opened.
# $field: the definition path that cannot change, e.g. categories[0].max_per_state; $phase: open, reviewing, decided or published.
refusal-cycle-field-fixed = “{ $field }”已无法更改：本周期{ $phase ->
    [open] 正在接受提名
    [reviewing] 正在评审中
    [decided] 已作出决定
   *[published] 已公布
}，已提交的提名依赖其设置。{ $phase ->
    [open] 在开放期间，截止日期可以推迟，标签和帮助文字可以改写。
   *[other] 标签和帮助文字仍可改写。
}
# $year: the year asked for.
refusal-copy-year = { $year } 不是可举办周期的年份；请填写如 2028 这样的年份

# $min, $max: the criterion's scale.
definition-level-score = 评分范围内的分值，{ $min } 至 { $max }
definition-level-repeated = 该分值已有说明
refusal-file-over-limit = 文件超过可接受的大小上限（{ $megabytes }）；请缩小文件（将 PDF 另存为适合屏幕阅读的版本，或降低照片分辨率），然后重新附上
refusal-answer-empty = 请先填写对该问题的答复，然后再发送
refusal-redaction-field = 请选择标题、摘要或其中一项答复
refusal-redaction-empty = 请粘贴要隐藏的文字
refusal-redaction-not-found = 该字段中没有这段文字；请按该字段中的原文原样粘贴

## The public vote's rules in a definition
definition-vote-only = 只有公众投票（kind = "public_vote"）才有投票期和选票规则
definition-vote-opens = 投票须在提名截止后开始
definition-vote-closes = 投票须在结果公布前结束
definition-vote-window = 公众投票需要投票期：opens_at 和 closes_at
definition-vote-top-n = 公众投票按得票多少从每个类别中选出晋级者：请使用 rule = "top_n"
definition-vote-no-criteria = 公众投票由投票人参与，而非评审：请删除 criteria 和 reviewers_per_nomination
definition-vote-no-due = 公众投票在其 closes_at 结束：请删除 due_at
definition-vote-first = 公众投票在资格审查之后进行，不能作为第一个阶段
