skip-to-content = 跳至正文
nav-site = 网站导航
nav-awards = 奖项
nav-my-nominations = 我的提名
nav-my-reviews = 我的评审
nav-cycles = 评选届次
nav-people = 用户
nav-email = 电子邮件
nav-sign-out = 退出登录
nav-sign-in = 登录
nav-languages = 语言
footer-tagline = Laurel — 公共服务奖项的提名、评审与结果发布。
footer-open-data = 开放数据
nominations-count = { $count ->
   *[other] { $count } 项提名
}
