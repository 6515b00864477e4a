## Laurel 发送的电子邮件（templates/email/）。

email-footer = Laurel — 公共服务奖项的提名、评审与结果发布。
email-hello = 您好：
email-hello-name = { $name }，您好：
email-dear-name = 尊敬的{ $name }：

email-open-nomination = 打开提名
email-open-review = 打开评审
email-open-my-reviews = 查看我的评审
email-open-stage = 打开该阶段
email-open-laurel = 进入 Laurel
email-see-results = 查看评选结果

email-invitation-subject = { $role ->
    [admin] 邀请您以管理员身份加入 Laurel
    [nominator] 邀请您以{ $state }联络人身份加入 Laurel
   *[reviewer] 邀请您以评审员身份加入 Laurel
}
email-invitation-body = { $role ->
    [admin] { $inviter }邀请您以奖项管理员（秘书处）身份加入 Laurel。
    [nominator] { $inviter }邀请您以{ $state }联络人身份加入 Laurel，负责起草并提交该会员国的提名。
   *[reviewer] { $inviter }邀请您以评审员身份加入 Laurel，负责为分配给您的提名评分。
}
email-invitation-accept = 接受邀请
email-invitation-how-to-accept = 如接受邀请，请打开以下链接，并设置您的姓名和密码：
email-invitation-expiry = 该链接仅可使用一次，有效期至 { $expires }。如果您并未预期收到此邀请，请忽略本邮件。

email-password-reset-subject = 为您的 Laurel 账户设置新密码
email-password-reset-asked = 有人（可能是您本人）申请重置您的 Laurel 密码。
email-password-reset-asked-open = 有人（可能是您本人）申请重置您的 Laurel 密码。如需设置新密码，请打开以下链接：
email-password-reset-choose = 设置新密码
email-password-reset-expiry = 该链接仅可使用一次，有效期至 { $expires }。如果您并未提出此申请，请忽略本邮件，您的密码将保持不变。

email-receipt-subject-submitted = 已收到：{ $title }（{ $state }）
email-receipt-subject-edited = 已更新：{ $title }（{ $state }）
email-receipt-subject-withdrawn = 已撤回：{ $title }（{ $state }）
email-receipt-submitted = { $by }已代表{ $state }向{ $cycle }提交提名“{ $title }”，类别为“{ $category }”。本邮件即为您的回执。
email-receipt-edited = { $by }已修改{ $state }向{ $cycle }提交的提名“{ $title }”（{ $category }）。评审将以最新版本为准。
email-receipt-withdrawn = { $by }已从{ $cycle }撤回{ $state }的提名“{ $title }”（{ $category }）。该提名将不予评审。
email-receipt-deadline = 在 { $deadline } 之前，提名仍可修改。

email-ineligible-subject = 不符合资格：{ $title }
email-ineligible-body = { $cycle }秘书处对提名“{ $title }”进行了资格审查，认定其不符合资格，理由如下：
email-ineligible-closing = 该提名将不进入评审环节。感谢您的参与。

email-assigned-subject = { $count ->
   *[other] { $cycle }：{ $count } 项提名待评审
}
email-assigned-body = { $count ->
   *[other] 在{ $cycle }的“{ $stage }”阶段，您有 { $count } 项新提名需要评审。
}
# Its own paragraph, only when the stage has a due date.
email-submit-by = 请于 { $due } 前提交评分。
email-assigned-conflict = 如果您与其中任何一项提名存在利益冲突，请在相应的评审分配中申报，该提名将转交其他评审员。

email-replaced-subject = { $cycle }：一项待评审的提名（接替一位同事）
email-replaced-body = 一位同事就{ $cycle }“{ $stage }”阶段的一项提名申报了利益冲突，该提名现已分配给您。

email-no-replacement-subject = 提名“{ $title }”没有可替补的评审员（{ $cycle }）
email-no-replacement-body = 一名评审员就{ $cycle }“{ $stage }”阶段的提名“{ $title }”申报了利益冲突，且无法指派其他评审员接替：{ $why }。
email-no-replacement-action = 请邀请另一名评审员或手动分配一名评审员，或者接受该提名获得较少份数的评审。

email-clarification-subject = 关于您的提名“{ $title }”的问题（{ $cycle }）
email-clarification-intro = 秘书处正在对提交至{ $cycle }的提名“{ $title }”进行资格审查，现提出以下问题：
email-clarification-answer = 请在 { $due } 前修改提名并重新提交，以作答复。在此之前，该提名暂缓处理；该日期过后将无法再作修改。

email-reminder-subject-overdue = { $count ->
   *[other] 已逾期：{ $cycle }尚有 { $count } 份评审未提交
}
email-reminder-subject-due = { $count ->
   *[other] 截止时间 { $due }：{ $cycle }尚有 { $count } 份评审未提交
}
email-reminder-overdue = { $count ->
   *[other] 您在{ $cycle }“{ $stage }”阶段的评审已于 { $due } 截止，仍有 { $count } 份尚未提交。已保存的草稿视为未提交。
}
email-reminder-due = { $count ->
   *[other] 提醒：您在{ $cycle }“{ $stage }”阶段有 { $count } 份评审须于 { $due } 前提交。已保存的草稿视为未提交。
}

email-outcome-subject-advanced = 已晋级：{ $title }（{ $cycle }）
email-outcome-subject-not-advanced = 未晋级：{ $title }（{ $cycle }）
email-outcome-advanced = 提名“{ $title }”已通过{ $cycle }“{ $stage }”阶段，将进入下一轮。
email-outcome-not-advanced = 提名“{ $title }”未能通过{ $cycle }“{ $stage }”阶段。感谢您分享这一举措。
email-outcome-score = 该提名在本阶段的得分：{ $score }。

email-results-subject = { $cycle }评选结果已公布
email-results-body = { $cycle }获奖名单现已公布。感谢您提交提名。
email-results-body-see-at = { $cycle }获奖名单现已公布。感谢您提交提名。评选结果及全部入围者名单请见：
# To a jury member who reviewed in the cycle, in the HTML email.
email-results-jury = { $cycle }获奖名单现已公布。感谢您的评审，奖项正是依据各位的评审评定的。
# The same in the plain-text email, followed by the link on a line of its own.
email-results-jury-see-at = { $cycle }获奖名单现已公布。感谢您的评审，奖项正是依据各位的评审评定的。评选结果请见：

email-digest-subject = { $cycle }：截至 { $date } 的进展
email-digest-phase = 评选状态
email-digest-phase-value = { $phase ->
    [draft] 草稿
    [open] 接受提名中
    [reviewing] 评审中
    [decided] 已评定，尚未公布
   *[published] 结果已公布
}（提名截止时间：{ $deadline }）
email-digest-submitted = 已提交的提名
email-digest-submitted-value = { $submitted } 项；正在起草：{ $drafts } 项
email-digest-reviews = 已提交的评审
email-digest-reviews-value = { $done } / { $assigned }；逾期：{ $overdue }
email-digest-failed = 发送失败的邮件
email-digest-line = { $label }：{ $value }

## A receipt's reference and time of submission.
# $reference: the nomination's reference, such as KEN-014; $when: the time in the cycle's time zone; $utc: the same time in UTC.
email-receipt-reference = 编号：{ $reference }。提交时间：{ $when }（{ $utc }）。
email-receipt-print = 所提交内容的可打印摘要：
email-receipt-print-link = 打开所提交内容的可打印摘要

## A reminder to a focal point of drafts not yet submitted before the deadline.
# $count: how many drafts; $deadline: the nomination deadline in the cycle's time zone.
email-draft-reminder-subject = { $count ->
   *[other] 尚未提交：{ $count } 项提名草稿，截止时间 { $deadline }
}
email-draft-reminder = { $count ->
   *[other] 贵国在{ $cycle }中有 { $count } 项提名草稿尚未提交。提名将于 { $deadline } 截止；届时仍未提交的草稿将不予考虑。
}
email-draft-reminder-after = 每份草稿的页面均列出了提交前仍需完成的事项。
email-draft-untitled = 未命名提名
email-open-my-nominations = 查看您的提名

## A reminder of a clarification question not yet answered.
email-clarification-reminder-subject = 请于 { $due } 前答复：{ $title }
email-clarification-reminder = 秘书处仍在等待您就“{ $title }”（{ $cycle }）所提问题作出答复。请于 { $due } 前答复；问题见下文。
