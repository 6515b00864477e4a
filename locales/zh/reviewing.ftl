## 评审员页面：分配给评审员的评审清单，以及单项评审及其评分标准。

reviews-none = 目前尚未向您分配需要评审的提名。分配后，您将收到电子邮件通知。
reviews-progress = 已提交 { $done } / { $total }
reviews-due = 截止时间：
reviews-stage-closed = 本阶段已结束

review-title = 评审：{ $title }
review-category = 类别
review-member-state = 会员国
review-institution = 机构
review-due = 截止时间
review-blind = 本阶段为匿名评审：会员国、机构和提名人信息均不予显示，以便仅根据提名本身的价值进行评判。
review-nomination = 提名内容
review-summary = 摘要
review-documents = 证明文件
review-scores = 您的评分
review-recused = 您已回避对该提名的评审。
review-scale = （{ $min } 至 { $max } 分，权重 { $weight }）
review-comment = 给秘书处的意见
review-save = 保存评分
review-submit = 提交评审
review-save-hint = 提交之前可以修改已保存的评分。其他评审员看不到您的评分。
review-conflict = 我与该提名存在利益冲突
review-conflict-reason = 存在何种利益冲突？
review-conflict-hint = 该提名将转交其他评审员，利益冲突将记录在案，今后不会再将其分配给您。
review-recuse = 申请回避
review-out-of = （满分 { $max }）
review-submitted = 已提交，不能再修改。

## A juror's list: where each assigned nomination stands.
reviews-item-submitted = 已提交
reviews-item-recused = 已回避
reviews-item-saved = 评分已保存，尚未提交
reviews-item-to-review = 待评审
reviews-notice-recused = 您已回避对该提名的评审，您的利益冲突已记录在案。

## Scoring a nomination.
review-notice-saved = 您的评分已保存。完成后请提交。
review-notice-submitted = 您的评审已提交。谢谢。
review-alert-conflict = 请简要说明存在何种利益冲突。
# The name a blind review gives an attachment: "Attachment 2.pdf".
review-attachment-name = 附件{ $number }.{ $extension }

## The juror's workbench: to do and done, next and previous, a comment per criterion.
reviews-to-do = 待办
reviews-to-do-none = 本阶段已无待办事项。
reviews-done = 已完成
review-pager = 本阶段分配给您的评审
review-previous = ← 上一项
review-next = 下一项 →
# $position: this assignment's place in the juror's list; $total: how many there are.
review-position = 第 { $position } 项，共 { $total } 项
review-opens-in-tab = 在新标签页中打开
review-save-next = 保存并转到下一项
# $criterion: the criterion's name.
review-criterion-comment = 您对“{ $criterion }”标准的意见（选填）
# $when: the time the scores were saved.
review-autosave-saved = 评分已于 { $when } 保存为草稿。
review-autosave-offline = 未保存：网络连接已中断。您的评分仍保留在此，连接恢复后将自动保存。
review-alert-scores-count = { $count ->
   *[other] 您的评分已保存为草稿。提交之前，以下 { $count } 项需要处理：
}
# Stands in a blind stage for a passage the secretariat withheld.
review-withheld-passage = 【已隐藏】
