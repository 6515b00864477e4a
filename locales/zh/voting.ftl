## The public vote: flags for the secretariat
vote-flag-network = { $count ->
   *[other] { $minutes } 分钟内有 { $count } 名新投票人从网络 { $shared } 登记参加投票，且全部投票给同一提名。
}
vote-flag-domain = { $count ->
   *[other] { $minutes } 分钟内有 { $count } 名使用 { $shared } 域名电子邮件地址的新投票人登记参加投票，且全部投票给同一提名。
}
vote-flag-fast = { $count ->
   *[other] { $count } 名投票人投出 { $votes } 票或更多，每两票间隔不到两秒，快于常人阅读一个类别所需的时间。
}

## The voter's one-time code (email)
email-voter-code-subject = 您的投票验证码：{ $code }
email-voter-code-asked = 有人（可能是您本人）申请以此电子邮件地址登记参加投票。
email-voter-code-again = 此地址已登记参加投票。有人（可能是您本人）申请再次登记：您可凭此验证码进入同一张选票，此前所投的票均保持原样。
email-voter-code-is = 您的验证码为：
email-voter-code-open = 如需输入验证码，请打开以下链接：
email-voter-code-button = 输入验证码
email-voter-code-expiry = 该验证码仅可使用一次，有效期至 { $expires }。如果您并未提出此申请，请忽略本邮件；没有此验证码，不会进行任何操作。

## Refusals of the public vote
vote-refusal-not-open = 投票尚未开放，将于 { $opens } 开放。
vote-refusal-closed = 投票已结束，不能再投票，也不能更改或撤回已投的票。
vote-refusal-not-a-vote = 此阶段不是公众投票。
vote-refusal-disposable = 一次性邮箱服务的地址不能登记参加投票。请使用您长期保留的地址。
vote-refusal-code = 此验证码不正确，或已过期，或已使用。请查看最新的电子邮件，或申请新的验证码。
vote-refusal-nomination = 此提名不在本类别的选票上。
vote-refusal-rationale = 请说明作废这些票的理由；该理由将与决定一并保存。
vote-refusal-no-voters = 请至少指定一名投票人。
vote-refusal-unknown-voter = 没有该编号的投票人在本阶段投过票。
vote-api-token = 请以 'Authorization: Bearer <token>' 的形式发送从 POST /api/v1/public/voters/confirm 获得的令牌。
vote-api-token-invalid = 此投票人的令牌无效：已过期或已被终止。请重新确认您的地址以获取新令牌。
vote-refusal-still-open = 投票开放至 { $closes }；投票结束后，方可根据计票结果确定晋级的提名。

## The ballot page
vote-page-title = 公众投票
vote-page-opens = 投票将于 { $opens } 开始，于 { $closes } 结束。
vote-page-open = 投票开放至 { $closes }。
vote-page-closed = 投票已于 { $closes } 结束。感谢所有参与者。
vote-page-rules = 您可以在每个类别中为一项提名投票。投票结束前，您可以更改或撤回所投的票。
vote-page-complete-rule = { $count ->
   *[other] 选票须在全部 { $count } 个类别中均有投票，方予计入。
}
vote-page-your-ballot = 您的选票
vote-page-signed-in-as = 您正在使用 { $email } 投票。
vote-page-sign-out = 退出投票
vote-page-complete = 您的选票已完整：您已在每个类别中投票。该选票将予计入。
vote-page-progress = { $count ->
   *[other] 在全部 { $count } 个类别中，您已在 { $voted } 个类别中投票。
}
vote-page-still-needed = 您的选票须在每个类别中均有投票，方予计入。尚需投票的类别：
vote-page-your-vote = 您的投票：{ $title }
vote-page-no-vote = 您尚未在此类别中投票。
vote-page-choose-in = 在“{ $category }”类别中选择一项提名
vote-page-choose = 选择此提名
vote-page-change = 更改我的投票
vote-page-withdraw = 撤回我在此类别中的投票
vote-page-choose-one = 请选择其中一项提名，然后点击按钮。
vote-page-cast = 您在“{ $category }”类别中的投票已记录。
vote-page-withdrawn = 您在“{ $category }”类别中的投票已撤回。
vote-page-register = 登记参加投票
vote-page-register-why = 请输入您的电子邮件地址，我们将向您发送六位数验证码以确认该地址。每个地址只能对应一张选票。该地址仅用于本次投票。
vote-page-email = 电子邮件地址
vote-page-send-code = 向我发送验证码
vote-page-have-code = 我已有验证码
vote-page-throttled = 过去一小时内，来自您所在网络的登记申请过多。请在 { $minutes } 分钟后重试。
vote-page-nominated = 参加投票的提名
vote-page-nominations = { $count ->
   *[other] { $count } 项提名
}
vote-page-list-later = 资格审查完成后，提名将在此列出。

## Entering the code
vote-code-title = 输入验证码
vote-code-sent = 如果 { $email } 可以投票，六位数验证码正在发送至该地址。发送可能需要几分钟，请同时检查垃圾邮件文件夹。
vote-code-intro = 请输入您登记的地址以及电子邮件中的验证码。
vote-code-label = 六位数验证码
vote-code-submit = 确认并打开我的选票
vote-code-new = 向我发送新的验证码

## Confirming a choice
vote-choice-title = 确认您的投票
vote-choice-what = 您正在“{ $category }”类别中投票给：
vote-choice-replaces = 此投票将取代您此前投给“{ $title }”的票。
vote-choice-changeable = 投票结束前，您可以更改或撤回这一投票。
vote-choice-confirm = 确认我的投票
vote-choice-back = 返回选票

## Counts shown once a vote that shows them has closed
vote-page-count = { $count ->
   *[other] { $count } 张有效票
}
vote-page-counts-shown = 投票已经结束。以下数字为有效票数，已扣除秘书处作废的选票。

## The landing page's public votes
home-votes-title = 公众投票
home-vote-open = 任何人均可投票，截止时间为 { $closes }。
home-vote-opens = 投票将于 { $opens } 开始；提名名单现已公布。
home-vote-now = 投票
home-vote-see = 查看提名

## The secretariat's view of a public vote (the stage page)
admin-vote-title = 计票
admin-vote-turnout = 有有效投票的投票人
admin-vote-counted = 计入的选票
admin-vote-voided = 未计入的选票：已由秘书处作废
admin-vote-incomplete = 未计入的选票：并非每个类别都有投票
admin-vote-log = 下载供审计人员使用的投票日志（CSV，地址已哈希处理）
admin-vote-flags = 标记待审查
admin-vote-no-flags = 没有标记的情况。
admin-vote-flag-voided = { $count } 名投票人中已作废 { $voided } 名
admin-vote-rationale = 作废这些投票的理由（与决定一并保存，并记入审计记录）
admin-vote-void = { $count ->
   *[other] 作废这 { $count } 名投票人的投票
}
admin-vote-notice-voided = 投票已作废：计票不再计入这些投票，决定已记入审计记录。

## A cluster agreeing in several categories
vote-flag-alike = 他们在 { $count } 个类别中的投票完全一致。
