skip-to-content = 跳至正文
nav-site = 网站导航
nav-awards = 奖项
nav-my-nominations = 我的提名
nav-my-reviews = 我的评审
nav-cycles = 评选届次
nav-people = 用户
nav-audit = 审计记录
nav-email = 电子邮件
nav-sign-out = 退出登录
nav-sign-in = 登录
nav-languages = 语言
footer-tagline = Laurel — 公共服务奖项的提名、评审与结果发布。
footer-open-data = 开放数据
nominations-count = { $count ->
   *[other] { $count } 项提名
}

time-left-days = { $count ->
   *[other] 还剩 { $count } 天
}
time-left-hours = { $count ->
   *[other] 还剩 { $count } 小时
}
time-left-minutes = { $count ->
   *[other] 还剩 { $count } 分钟
}
time-left-closed = 已截止

phase-open = 正在接受提名
phase-reviewing = 评审中
phase-decided = 结果即将公布
phase-published = 结果已公布

home-title = 公共服务奖项
home-lead = 各会员国提名其公共服务和电子政务举措；评审团进行评审；获奖名单在此公布。
home-open-title = 正在征集提名
home-none-open = 目前没有正在征集的提名。
home-nominations-close = 提名截止
home-add-to-calendar = 将日期添加到日历
home-categories = { $count ->
   *[other] { $count } 个类别
}
home-recent-title = 近期届次
home-all-results = 所有已公布的结果
home-results-feed = 结果订阅（Atom）
home-none-recent = 暂无往届评选。
home-nominations-closed = 提名已截止
home-see-winners = 查看获奖者
home-see-winners-of = （{ $cycle }）

sign-in-title = 登录
sign-in-email = 电子邮件地址
sign-in-password = 密码
sign-in-submit = 登录
sign-in-forgot = 忘记密码？
sign-in-by-invitation = 初次使用 Laurel？账户由奖项秘书处邀请创建。
sign-in-password-changed = 您的密码已更改。请使用新密码登录。
sign-in-wrong = 电子邮件地址或密码不正确。
sign-in-throttled = { $minutes ->
   *[other] 失败次数过多，请在 { $minutes } 分钟后重试。
}

reset-title = 重置密码
reset-intro = 请输入您登录时使用的地址，我们将通过电子邮件向您发送一个用于设置新密码的链接。
reset-send = 发送链接
reset-sent = 如果存在 { $email } 的账户，我们已向其发送设置新密码的链接。该链接仅可使用一次，有效期两小时。如未收到，请检查垃圾邮件文件夹。
reset-back = 返回登录
reset-choose-title = 设置新密码
reset-new-password = 新密码
reset-password-hint = 至少 12 个字符。使用新密码登录后，其他所有会话都将结束。
reset-change = 更改密码

archive-title = 评选结果
archive-none = 尚未公布任何结果。
archive-published = 公布于 { $date }
archive-feed = 结果的 Atom 订阅
archive-csv = 以 CSV 格式下载全部奖项

# How dates are written: strftime patterns (%-d day, %B month name, %Y year, %H:%M
# time, %Z time zone; %-m month number). Month names come from the language's locale.
format-instant = %Y年%-m月%-d日 %H:%M %Z
format-date = %Y年%-m月%-d日

# The results feed (Atom) and a cycle's calendar of dates.
feed-title = 公共服务奖项：评选结果
feed-entry = { $cycle }评选结果
calendar-opens = 开始接受提名
calendar-closes = 提名截止
calendar-results = 公布结果

# The API reference page (/api/docs). The operations it lists are described in English.
api-docs-title = API 参考
api-docs-intro = Laurel 的 JSON API 位于 /api/v1 下。完整说明（包括每个请求和响应的消息体）见 OpenAPI 文档，可将其导入任意 OpenAPI 工具：
api-docs-auth = 程序须先登录，然后在每个请求中附带持有者令牌（bearer token）：
api-docs-errors = 错误以 RFC 9457 问题详情格式返回，其中包含供程序使用的固定错误代码，以及使用 Accept-Language 所指定语言的标题和详细说明。
api-docs-sections = 章节
# Shown in every language, above the list of operations.
api-docs-english = 以下各项操作的说明为英文。

## An open call's actions on the home page.
home-nominate = 提交提名
home-sign-in-to-nominate = 登录后提交提名

## The open-data page.
open-data-title = 开放数据
open-data-intro = 每一届已公布的评选结果均向所有人开放，无需账户：包括获奖者、冠军和入围者，以及其提名中的公开答复。某届评选结果公布之前，此处不显示任何内容；评分则始终不予公开。
open-data-licence = 您可出于任何目的复制、发布和利用这些数据，但须注明颁奖项目为数据来源（知识共享署名 4.0）。
open-data-results = 评选结果
open-data-winners-csv = 以电子表格（CSV，UTF-8）形式提供的全部已公布奖项，每个奖项一行。
open-data-winners-json = 以 JSON 格式提供的相同奖项，分页返回，并附公开答复。
open-data-feed = Atom 订阅，每届已公布的评选对应一个条目，列出该届的获奖者和冠军。
open-data-cycles = 正在进行的和往届的评选：日期、评选状态、时区和类别。
open-data-member-states = 各会员国及其 ISO 3166-1 代码和所属联合国区域组。
open-data-filters = CSV 或 JSON 格式的奖项数据可按评选届次、类别、区域组和会员国进行筛选：
open-data-columns = 电子表格的列
open-data-columns-intro = 按以下顺序排列；新增的列只会添加在末尾，因此读取这些列的程序可继续正常运行。
open-data-calendars = 日历
open-data-calendars-intro = 各届评选的日期（开始接受提名、提名截止、公布结果），以可订阅的日历形式提供：
open-data-calendars-none = 目前尚无公开的评选届次。
open-data-api = 面向开发者
open-data-api-intro = 上述所有地址均属于 Laurel 有文档说明的 API，其响应可以缓存，并可检查是否有更改。
open-data-api-docs = API 文档
