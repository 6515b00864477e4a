dashboard-title = { $state }的提名
dashboard-none = 目前没有正在征集的提名，{ $state }也尚未提交任何提名。
dashboard-read-only = 以下提名可以查看，但已不能再修改。
dashboard-quota = 已提交 { $used } 项，共 { $max } 项
dashboard-quota-full = 已提交 { $used } 项，共 { $max } 项——已达到{ $state }在本类别中可提交的上限
dashboard-updated = 更新于 { $date }
dashboard-start = 新建提名
dashboard-start-in = （类别：{ $category }）

nomination-category = 类别
nomination-status = 状态
nomination-deadline = 截止时间
nomination-problem = { $field }：{ $message }
nomination-required-hint = 标有星号（*）的字段须填写后方可提交；草稿可随时保存。
nomination-choose = 请选择…
nomination-max-chars = { $count ->
   *[other] 最多 { $count } 个字符。
}
nomination-attachments = 证明材料
nomination-attachments-hint = { $max ->
   *[other] PDF、PNG 或 JPEG 格式，最多 { $max } 个文件。
}
nomination-attachments-hint-min = { $max ->
   *[other] PDF、PNG 或 JPEG 格式，最多 { $max } 个文件；提交时至少需要 { $min } 个。
}
nomination-remove = 删除
nomination-file = 文件
nomination-add-file = 添加文件
nomination-file-hint = 保存时即附上该文件。
nomination-save-draft = 保存草稿
nomination-save-changes = 保存更改
nomination-submit = 提交提名
nomination-withdraw = 撤回此提名
nomination-withdraw-warning = 撤回的提名将退出评选。此操作无法撤销。
nomination-withdraw-warning-submitted = 撤回的提名将退出评选，并让出其在该类别名额中所占的位置。此操作无法撤销。
nomination-withdraw-confirm = 确认撤回
nomination-no-answer = 未作答。
nomination-no-attachments = 无。

results-title = { $cycle }：评选结果
results-coming = 本届评选结果将于 { $date } 公布。
results-published-on = 结果已于 { $date } 公布。
results-csv = 以 CSV 格式下载
results-filter = 筛选结果
results-region = 区域
results-all-regions = 所有区域
results-member-state = 会员国
results-all-member-states = 所有会员国
results-show = 显示
results-none = 没有符合筛选条件的奖项。

initiative-member-state = 会员国
initiative-institution = 机构
initiative-category = 类别
initiative-award = 奖项
initiative-summary = 摘要

member-state-none = { $state }目前尚无举措入围任何已公布结果的评选届次。

invitation-accept-title = 接受邀请
invitation-accept-intro = 您已受邀以{ $role ->
        [admin] 管理员（秘书处）
        [nominator] 联络人（提名方）
       *[reviewer] 评审员
    }身份加入，邀请发送至 { $email }。
invitation-accept-choose = 请设置同事将看到的姓名，并设置密码。
invitation-accept-correct = 请更正下方标出的字段。
invitation-accept-name = 您的姓名
invitation-accept-password-hint = 至少 12 个字符。几个互不相关的词语即可组成既安全又好记的密码。
invitation-accept-submit = 创建我的账户

error-back = 返回奖项页面
error-status = 错误代码：{ $status }

account-title = 我的账户
account-welcome = { $name }，欢迎使用 Laurel。您的账户已准备就绪。
account-name = 姓名
account-email = 电子邮件
account-role = 角色
account-member-state = 会员国
account-nationality = 国籍
account-conflicts-title = 利益冲突
account-conflicts-intro = 系统绝不会向您分配来自您本国或您在此申报的会员国的提名。
account-conflicts-none = 您尚未申报任何利益冲突。
account-conflict-with = 涉及的会员国
account-reason = 原因
account-conflict-declared = 申报时间
account-declare-title = 申报利益冲突
account-choose = 请选择…
account-declare-submit = 提交申报

## The language a person reads Laurel in (account page).
account-language-title = 语言
account-language-label = 页面和电子邮件的语言
account-language-hint = 无论您在何处登录，Laurel 都将以此语言显示页面并向您发送电子邮件。
account-language-save = 保存语言设置
account-language-saved = 您的语言设置已保存。
nomination-language = 本提名所用语言
nomination-language-hint = 撰写本提名所用的语言。评审团和公开页面将按原文显示。

## A nomination's status, as its focal point and the secretariat read it.
status-draft = 草稿
status-submitted = 已提交
status-clarification-requested = 已要求澄清
status-in-review = 评审中
status-finalist = 入围
status-winner = 获奖
status-champion = 冠军
status-withdrawn = 已撤回
status-ineligible = 不符合资格
# A nomination that did not go on to the next stage.
status-eliminated = 未晋级

## Awards, as the results pages name them.
award-winner = 获奖
award-champion = 冠军
award-finalist = 入围

## The United Nations regional groups.
region-african = 非洲国家
region-asia-pacific = 亚洲－太平洋国家
region-eastern-european = 东欧国家
region-latin-american-caribbean = 拉丁美洲和加勒比国家
region-western-european-others = 西欧和其他国家

## The nomination form.
nomination-field-title = 举措名称
nomination-field-institution = 实施机构
nomination-field-summary = 摘要
# The heading of the form before the nomination has a title.
nomination-new = 新提名
nomination-notice-saved = 您的更改已保存。
nomination-notice-attached = 文件已附上。
nomination-notice-removed = 文件已删除。
nomination-notice-submitted = 您的提名已提交。回执正在发送给贵国的联络人。
nomination-notice-withdrawn = 该提名已撤回。
nomination-alert-fields = 部分答复需要处理后才能继续；请查看标出的字段。
nomination-alert-changed = 自您打开此提名以来，已有他人（在其他设备上，或贵国的另一位联络人）对其作了更改。您的文本显示在下方，尚未保存：请核对后再次保存，以替换对方的更改。
# $why: the reason, a full sentence.
nomination-alert-not-saved = { $why }您最近的更改未能保存；这些内容显示在下方，以便您复制。

## File sizes. $size is a number already written with its decimals.
size-megabytes = { $size } MB
size-kilobytes = { $size } KB
size-bytes = { $count ->
   *[other] { $count } 字节
}

## The account page.
account-role-admin = 管理员（秘书处）
account-role-nominator = 联络人（提名方）
account-role-reviewer = 评审员
# In the list of conflicts, one declared on a single nomination rather than a member state.
account-conflict-nomination = 单项提名

## Saving a draft as it is typed (the page's script shows these).
autosave-saving = 正在保存…
# $when: the time of the save, written by the server.
autosave-saved = 草稿已于 { $when } 保存。
# $why: what the server said.
autosave-unsaved = 尚未保存：{ $why }
autosave-offline = 未保存：网络连接已中断。您输入的文字仍保留在此，连接恢复后将自动保存。
# Under a long answer: $typed characters typed of the $count allowed.
autosave-count = { $count ->
   *[other] 已输入 { $typed } 个字符（上限 { $count } 个）
}
autosave-count-full = { $count ->
   *[other] 已输入 { $typed } 个字符（已达上限 { $count } 个）
}
# On an initiative's public page: the language its nomination is written in.
initiative-language = 撰写语言

## A draft's checklist, and a submission refused for what it still lacks.
nomination-checklist = 提交前仍需完成的事项
nomination-checklist-ready = 所需内容均已齐备：准备就绪后即可提交。
nomination-alert-submit = { $count ->
   *[other] 您的草稿已保存，但尚不能提交。以下 { $count } 项需要处理：
}
# Heading of a nomination saved before it had a title.
nomination-untitled = 未命名提名
autosave-restored = 连接中断前您在本设备上输入的内容已恢复，正在保存。

## A submitted nomination's reference, and a clarification the secretariat asked for.
nomination-reference = 编号
nomination-submitted-at = 提交时间
nomination-print-receipt = 所提交内容的可打印回执
nomination-answer-by = 答复截止时间
nomination-clarification-title = 秘书处提出了一个问题
# $who: the name of the person who asked; $when: when they asked.
nomination-clarification-asked = 由 { $who } 于 { $when } 提出。
# Who asked, when the person's name is not known.
nomination-clarification-secretariat = 秘书处
nomination-clarification-fields = 请在下方作答。您也可以修改提名的任何字段；秘书处将看到您的答复及您所作的更改。发送答复后，该提名将重新进入资格审查。
nomination-clarification-answer = 您对秘书处的答复
nomination-clarification-send = 发送答复并重新提交
nomination-notice-answered = 您的答复已发送，该提名已交回秘书处。回执正在发送给贵国的联络人。
dashboard-read-only-but-answer = 以下提名可以查看，但已不能再修改；秘书处已就其提出问题的提名除外：请在所示日期前作答。
# $due: the date and time by which to answer.
dashboard-answer-by = 已要求澄清：请于 { $due } 前答复
# $reference: the nomination's reference, such as KEN-014.
receipt-title = 提名 { $reference } 的回执
receipt-back = 返回提名
receipt-cycle = 提名征集
receipt-print = 打印此回执
receipt-note = 本回执显示该提名的当前内容。征集期间所作的每项更改，均会通过电子邮件向贵国的联络人确认。
