<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomersPage</name>
    <message>
        <source>Merge undone.</source>
        <translation>已撤销合并。</translation>
    </message>
    <message>
        <source>Merged %1.</source>
        <translation>已合并 %1。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Customer saved.</source>
        <translation>客户已保存。</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>备注已添加。</translation>
    </message>
    <message>
        <source>Follow-up added; it shows on the Dashboard when due.</source>
        <translation>跟进已添加，到期时会显示在概览页。</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>跟进已完成。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Complaint updated.</source>
        <translation>投诉已更新。</translation>
    </message>
    <message>
        <source>Duplicates…</source>
        <translation>重复客户…</translation>
    </message>
    <message>
        <source>Customers who look like one person across marketplaces; merge them</source>
        <translation>找出在不同平台上疑似同一人的客户，并将其合并</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name, email or phone…</source>
        <translation>姓名、邮箱或电话…</translation>
    </message>
    <message>
        <source>Finds customers whose name, email or phone number starts with what you type. The period filter is the date of their first order; the currency filter, the currency they pay in.</source>
        <translation>查找姓名、邮箱或电话号码以所输入内容开头的客户。时间筛选按客户的首单日期，币种筛选按客户的付款币种。</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>客户：%1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Revenue, last 30 days</source>
        <translation>近 30 天销售额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Returning customers</source>
        <translation>复购客户</translation>
    </message>
    <message>
        <source>Top listings, last 30 days</source>
        <translation>近 30 天热销商品</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>到期跟进事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Customer satisfaction by month</source>
        <translation>每月客户满意度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>In brackets: answers that month. * fewer than %1 answers: read with care.</source>
        <translation>括号内为当月答复数。* 少于 %1 条答复，仅供参考。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>销量</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>no sales in the 30 days before</source>
        <translation>前 30 天无销售</translation>
    </message>
    <message>
        <source>%1 vs the 30 days before</source>
        <translation>较前 30 天 %1</translation>
    </message>
    <message>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 – %2，对比 %3 – %4</translation>
    </message>
    <message>
        <source>No sales in the last 30 days yet.</source>
        <translation>近 30 天还没有销售。</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Fewer than %1 answers: read with care</source>
        <translation>回答不足 %1 份，结果仅供参考</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1%（%2）</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>疑似重复客户</translation>
    </message>
    <message>
        <source>These customers share an email, a phone number, or a name and postcode. Merging keeps the first one and moves the others&apos; orders, notes and feedback to it; you can undo a merge from the customer&apos;s panel. Buyers a marketplace hides are never suggested.</source>
        <translation>这些客户的邮箱、电话号码或姓名加邮编相同。合并时保留第一个客户，并将其他客户的订单、备注和反馈转移到该客户名下；之后可以在客户详情面板中撤销合并。被平台隐藏信息的买家不会出现在建议中。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>消费额</translation>
    </message>
    <message>
        <source>Merge selected group</source>
        <translation>合并所选分组</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message>
        <source>%1 customers: %2</source>
        <translation>%1 位客户：%2</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>未发现重复客户。</translation>
    </message>
    <message>
        <source>Select a group to merge first.</source>
        <translation>请先选择要合并的分组。</translation>
    </message>
    <message>
        <source>Merged %1.</source>
        <translation>已合并 %1。</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>About</source>
        <translation>投诉事由</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>反馈内容</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Active listings</source>
        <translation>在售商品</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>全部国家/地区</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>全部币种</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>近 90 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>e.g. Check the parcel arrived</source>
        <translation>例如：确认包裹已送达</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Store name, e.g. My Etsy shop</source>
        <translation>店铺名称，例如：我的 Etsy 店铺</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Only if asked, e.g. GBP=1.27, EUR=1.08</source>
        <translation>仅在提示时填写，例如 GBP=1.27, EUR=1.08</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Remember this mapping as</source>
        <translation>将此列映射保存为</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Which column holds what:</source>
        <translation>每个字段对应文件中的哪一列：</translation>
    </message>
    <message>
        <source>Choose an order file</source>
        <translation>选择订单文件</translation>
    </message>
    <message>
        <source>Order files (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>订单文件 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Store %3. Rows read: %1; orders: %2. New: %4, updated: %5, unchanged: %6. Rows rejected: %7. Encoding: %8.</source>
        <translation>店铺 %3。读取 %1 行，%2 个订单。新增 %4，更新 %5，未变 %6。拒绝 %7 行。编码：%8。</translation>
    </message>
    <message>
        <source>Import valid rows</source>
        <translation>导入有效行</translation>
    </message>
</context>
<context>
    <name>ListingsPage</name>
    <message>
        <source>Listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU or title…</source>
        <translation>SKU 或标题…</translation>
    </message>
    <message>
        <source>Finds listings whose SKU or title starts with what you type. The currency filter is the currency of an offer.</source>
        <translation>查找 SKU 或标题以所输入内容开头的商品。币种筛选按商品在各平台刊登的售价币种。</translation>
    </message>
    <message>
        <source>Listings: %1</source>
        <translation>商品：%1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Variant of</source>
        <translation>父 SKU</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 克</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>Offers on channels</source>
        <translation>各平台刊登</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>Imported into %1: %2 new, %3 updated, %4 unchanged.</source>
        <translation>已导入到 %1：新增 %2 个，更新 %3 个，无变化 %4 个。</translation>
    </message>
    <message>
        <source>Database: %1 · %2</source>
        <translation>数据库：%1 · %2</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Backing up… %1%</source>
        <translation>正在备份… %1%</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation>（示例）</translation>
    </message>
    <message>
        <source>%1 — Seller Desk</source>
        <translation>%1 — Seller Desk</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>导入订单(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Seller Desk</source>
        <translation>关于 Seller Desk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新建备注</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>置顶显示</translation>
    </message>
</context>
<context>
    <name>OrderEditorDialog</name>
    <message>
        <source>Edit order %1</source>
        <translation>编辑订单 %1</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Automatic (M-00001…)</source>
        <translation>自动生成（M-00001…）</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除商品</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>买家姓名</translation>
    </message>
    <message>
        <source>Buyer email</source>
        <translation>买家邮箱</translation>
    </message>
    <message>
        <source>Buyer phone</source>
        <translation>买家电话</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税费</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Rate to base currency</source>
        <translation>兑本位币汇率</translation>
    </message>
    <message>
        <source>Ship to (name)</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Country (2 letters)</source>
        <translation>国家/地区（2 位字母代码）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>No %1 rate known yet: type the rate you were paid at</source>
        <translation>尚无 %1 汇率：请填写实际收款时的汇率</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>自动：%1</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order number, email, name or SKU…</source>
        <translation>订单号、邮箱、姓名或 SKU…</translation>
    </message>
    <message>
        <source>Finds orders whose number, buyer email, buyer name or a line&apos;s SKU starts with what you type.</source>
        <translation>查找订单号、买家邮箱、买家姓名或其中任一商品 SKU 以所输入内容开头的订单。</translation>
    </message>
    <message>
        <source>Orders: %1</source>
        <translation>订单：%1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Order saved.</source>
        <translation>订单已保存。</translation>
    </message>
    <message>
        <source>Select the orders to change first.</source>
        <translation>请先选择要更改的订单。</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>（另有 %1 个）</translation>
    </message>
    <message>
        <source>Select the orders to tag first.</source>
        <translation>请先选择要添加标签的订单。</translation>
    </message>
    <message>
        <source>Orders changed: %1.</source>
        <translation>已更改订单：%1 个。</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>未能更改：%1 个。</translation>
    </message>
    <message>
        <source>Orders tagged: %1.</source>
        <translation>已添加标签的订单：%1 个。</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>备注已添加。</translation>
    </message>
    <message>
        <source>Follow-up added; it shows on the Dashboard when due.</source>
        <translation>跟进已添加，到期时会显示在概览页。</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Type in an email or phone order (Ctrl+Shift+N)</source>
        <translation>手工录入通过邮件或电话下的订单（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import an order file from a marketplace (Ctrl+I)</source>
        <translation>导入从平台导出的订单文件（Ctrl+I）</translation>
    </message>
    <message>
        <source>Change the status of the selected orders</source>
        <translation>更改所选订单的状态</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Add a tag to the selected orders</source>
        <translation>为所选订单添加标签</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>账单地址</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Marketplace order id</source>
        <translation>平台订单号</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>金额汇总</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>商品小计</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税费</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>In base currency</source>
        <translation>折合本位币</translation>
    </message>
    <message>
        <source>%1 (rate %2 on the order date)</source>
        <translation>%1（按下单日汇率 %2 折算）</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Country (2 letters)</source>
        <translation>国家/地区（2 位字母代码）</translation>
    </message>
    <message>
        <source>Language (e.g. de, ja, zh_TW)</source>
        <translation>语言（如 de、ja、zh_TW）</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销许可</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply to the customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <source>The customer&apos;s language</source>
        <translation>客户的语言</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复模板</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <source>Fill in before sending: %1</source>
        <translation>发送前请填写：%1</translation>
    </message>
    <message>
        <source>Reply to the customer (%1)</source>
        <translation>回复客户（%1）</translation>
    </message>
    <message>
        <source>Copied; paste it into your email or the marketplace message.</source>
        <translation>已复制，请粘贴到邮件或平台站内信中。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>大小：%1</translation>
    </message>
    <message>
        <source>Schema: %1 (this version: %2)</source>
        <translation>数据结构版本：%1（本版软件：%2）</translation>
    </message>
    <message>
        <source>%1 orders, %2 customers, %3 listings</source>
        <translation>%1 个订单、%2 位客户、%3 个商品</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Rows: %1</source>
        <translation>记录数：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>已显示：%1</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 · shown: %2</source>
        <translation>%1 · 已显示：%2</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Add a tag to the selected orders (%1)</source>
        <translation>为所选订单添加标签（%1 个）</translation>
    </message>
    <message>
        <source>e.g. gift, priority</source>
        <translation>例如：礼品, 加急</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Seller Desk</source>
        <translation>欢迎使用 Seller Desk</translation>
    </message>
    <message>
        <source>Tell Seller Desk about your shop. The base currency is the one you keep your books in: every total is shown in it. Or look around the demo shop first: it is kept in a separate file, so your own shop stays empty.</source>
        <translation>请填写您的店铺信息。本位币是您记账所用的货币，所有金额都会折算成本位币显示。您也可以先看看示例店铺：它保存在单独的文件中，您自己的店铺不会混入示例数据。</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Start my shop</source>
        <translation>创建我的店铺</translation>
    </message>
    <message>
        <source>Open the demo shop</source>
        <translation>打开示例店铺</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Database: %1&lt;br&gt;Data folder: %2&lt;br&gt;Log file: %3</source>
        <translation>数据库：%1&lt;br&gt;数据目录：%2&lt;br&gt;日志文件：%3</translation>
    </message>
    <message>
        <source>About Seller Desk</source>
        <translation>关于 Seller Desk</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Spent (base)</source>
        <translation>消费额（本位币）</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首次下单</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>刊登数</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total (base)</source>
        <translation>本位币金额</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Seller Desk hit a bug</source>
        <translation>Seller Desk 遇到了程序错误</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your data is safe: unfinished changes were rolled back. The details are in the log file:
%1</source>
        <translation>发生了意外错误。您的数据是安全的：未完成的更改已回滚。详细信息请查看日志文件：
%1</translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message>
        <source>{email} is not an email address.</source>
        <translation>{email} 不是有效的邮箱地址。</translation>
    </message>
    <message>
        <source>Give the country as its two-letter code (DE, JP).</source>
        <translation>请用 2 位字母代码填写国家/地区（如 DE、JP）。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>%1 became %2</source>
        <translation>%1 状态变更为 %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Erased customer</source>
        <translation>已清除的客户</translation>
    </message>
    <message>
        <source>Anonymous buyer</source>
        <translation>匿名买家</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>清除…</translation>
    </message>
    <message>
        <source>The marketplace hides this buyer; Seller Desk never suggests merging them.</source>
        <translation>平台隐藏了该买家的信息，Seller Desk 不会建议合并此客户。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销许可</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>消费额</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首次下单</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>On marketplaces</source>
        <translation>平台买家账号</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Buyer id</source>
        <translation>买家 ID</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Merged into this customer</source>
        <translation>已合并到此客户</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>resolved in %1</source>
        <translation>%1 内解决</translation>
    </message>
    <message>
        <source>open for %1</source>
        <translation>已开启 %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Planning the demo shop</source>
        <translation>正在规划示例店铺</translation>
    </message>
    <message>
        <source>Creating customers</source>
        <translation>正在创建客户</translation>
    </message>
    <message>
        <source>Creating orders</source>
        <translation>正在创建订单</translation>
    </message>
    <message>
        <source>Totalling customers</source>
        <translation>正在汇总客户数据</translation>
    </message>
    <message>
        <source>Writing notes and feedback</source>
        <translation>正在写入备注和反馈</translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation>正在建立索引</translation>
    </message>
    <message>
        <source>Saving the demo shop</source>
        <translation>正在保存示例店铺</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Unknown currency code: {code}</source>
        <translation>未知的币种代码：{code}</translation>
    </message>
    <message>
        <source>A rate is written CUR=RATE, like GBP=1.27; not {text}</source>
        <translation>汇率请写成 币种=汇率，例如 GBP=1.27；而不是 {text}</translation>
    </message>
    <message>
        <source>Not an amount: {text}</source>
        <translation>不是有效的金额：{text}</translation>
    </message>
    <message>
        <source>The shop name cannot be empty.</source>
        <translation>店铺名称不能为空。</translation>
    </message>
    <message>
        <source>The shop name is longer than {limit} characters.</source>
        <translation>店铺名称不能超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Unknown language {code}; choose one of: {choices}.</source>
        <translation>未知的语言 {code}，请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <source>Your name is longer than {limit} characters.</source>
        <translation>您的姓名不能超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>There is no setting called {key}; known: {known}.</source>
        <translation>没有名为 {key} 的设置项；可用的设置项：{known}。</translation>
    </message>
    <message>
        <source>Customer {id} no longer exists.</source>
        <translation>客户 {id} 已不存在。</translation>
    </message>
    <message>
        <source>The demo shop has no exchange rates for {code}; choose one of: {choices}.</source>
        <translation>示例店铺没有 {code} 的汇率，请从以下币种中选择：{choices}。</translation>
    </message>
    <message>
        <source>The demo shop needs at least one order.</source>
        <translation>示例店铺至少需要一个订单。</translation>
    </message>
    <message>
        <source>The demo shop only fills an empty shop; this one already has stores, listings, customers or orders.</source>
        <translation>示例数据只能填入空白店铺，而当前店铺已有平台店铺、商品、客户或订单。</translation>
    </message>
    <message>
        <source>Listing {id} no longer exists.</source>
        <translation>商品 {id} 已不存在。</translation>
    </message>
    <message>
        <source>Order {id} no longer exists.</source>
        <translation>订单 {id} 已不存在。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>The base currency cannot change once the shop has orders: their amounts were converted to {current} on their order dates.</source>
        <translation>店铺已有订单，不能再更改本位币：这些订单的金额已按各自下单日的汇率折算为 {current}。</translation>
    </message>
    <message>
        <source>Backups from Seller Desk are for database files; back up a server database with its own tools (for PostgreSQL, pg_dump).</source>
        <translation>Seller Desk 的备份功能仅适用于数据库文件；服务器数据库请使用其自带的工具备份（PostgreSQL 请用 pg_dump）。</translation>
    </message>
    <message>
        <source>Could not write the backup {path}: {reason}</source>
        <translation>无法写入备份文件 {path}：{reason}</translation>
    </message>
    <message>
        <source>{target} is neither a file path nor a database URL.</source>
        <translation>{target} 既不是文件路径，也不是数据库 URL。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{path} is not a database file; it was left untouched.</source>
        <translation>{path} 不是数据库文件，未对其做任何改动。</translation>
    </message>
    <message>
        <source>Cannot use {url}: {reason}</source>
        <translation>无法使用 {url}：{reason}</translation>
    </message>
    <message>
        <source>Cannot read the database {name}: {reason}</source>
        <translation>无法读取数据库 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} holds tables of another program, not a Seller Desk shop; it was left untouched.</source>
        <translation>{name} 中是其他程序的数据表，不是 Seller Desk 店铺，未对其做任何改动。</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Seller Desk (schema {revision}); please update Seller Desk to open it.</source>
        <translation>{name} 由更新版本的 Seller Desk 创建（数据结构版本 {revision}），请先升级 Seller Desk 再打开。</translation>
    </message>
    <message>
        <source>--rate wants CUR=RATE, like GBP=1.27; not {text}</source>
        <translation>--rate 的格式应为 CUR=RATE，例如 GBP=1.27，而不是 {text}</translation>
    </message>
    <message>
        <source>Cannot read the mapping file: {reason}</source>
        <translation>无法读取列映射文件：{reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cannot export {table}; choose one of: {known}.</source>
        <translation>无法导出 {table}，请从以下选项中选择：{known}。</translation>
    </message>
    <message>
        <source>Unknown format {format}; choose csv or json.</source>
        <translation>未知的格式 {format}，请选择 csv 或 json。</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>Satisfaction (CSAT, 1–5)</source>
        <translation>满意度（CSAT，1–5）</translation>
    </message>
    <message>
        <source>Recommendation (NPS, 0–10)</source>
        <translation>推荐意愿（NPS，0–10）</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Marketplace message</source>
        <translation>平台站内信</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>问卷调查</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>A {kind} score is a whole number from {low} to {high}, not {score}.</source>
        <translation>{kind} 评分应为 {low} 到 {high} 之间的整数，而不是 {score}。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>This complaint is already open.</source>
        <translation>该投诉已处于待处理状态。</translation>
    </message>
    <message>
        <source>This complaint is already being worked on.</source>
        <translation>该投诉已在处理中。</translation>
    </message>
    <message>
        <source>This complaint is already resolved.</source>
        <translation>该投诉已解决。</translation>
    </message>
    <message>
        <source>A complaint being worked on cannot go back to open; keep it in progress or mark it resolved.</source>
        <translation>处理中的投诉不能退回待处理状态；请保持处理中，或将其标记为已解决。</translation>
    </message>
    <message>
        <source>A resolved complaint has to be reopened before work on it continues.</source>
        <translation>已解决的投诉需要先重新打开，才能继续处理。</translation>
    </message>
    <message>
        <source>A complaint cannot be resolved before it was opened.</source>
        <translation>投诉的解决时间不能早于提出时间。</translation>
    </message>
    <message>
        <source>Unknown complaint status: {status}</source>
        <translation>未知的投诉状态：{status}</translation>
    </message>
    <message>
        <source>Say what the complaint is about.</source>
        <translation>请填写投诉事由。</translation>
    </message>
    <message>
        <source>This complaint no longer exists.</source>
        <translation>该投诉已不存在。</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Order id</source>
        <translation>订单 ID</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>客户邮箱</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>商品标题</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税费</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>客户电话</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>column mapping</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>The column mapping names unknown fields: {fields}.</source>
        <translation>列映射中包含未知字段：{fields}。</translation>
    </message>
    <message>
        <source>The column mapping gives no column for {field}.</source>
        <translation>列映射没有为 {field} 指定对应的列。</translation>
    </message>
    <message>
        <source>Unknown date order {value}: use ymd, dmy or mdy.</source>
        <translation>未知的日期顺序 {value}：请使用 ymd、dmy 或 mdy。</translation>
    </message>
    <message>
        <source>Unknown default currency {code}.</source>
        <translation>未知的默认币种 {code}。</translation>
    </message>
    <message>
        <source>The saved column mapping cannot be read; choose the columns again.</source>
        <translation>无法读取已保存的列映射，请重新选择各列。</translation>
    </message>
    <message>
        <source>This row has no order id.</source>
        <translation>此行没有订单 ID。</translation>
    </message>
    <message>
        <source>The order date is empty.</source>
        <translation>下单日期为空。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date.</source>
        <translation>“{value}”不是有效的日期。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount.</source>
        <translation>“{value}”不是有效的金额。</translation>
    </message>
    <message>
        <source>The price is empty.</source>
        <translation>价格为空。</translation>
    </message>
    <message>
        <source>The currency is empty.</source>
        <translation>币种为空。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a currency code (three letters, such as USD or EUR).</source>
        <translation>“{value}”不是有效的币种代码（应为 3 个字母，如 USD 或 EUR）。</translation>
    </message>
    <message>
        <source>The quantity is empty.</source>
        <translation>数量为空。</translation>
    </message>
    <message>
        <source>The quantity &apos;{value}&apos; is not a whole number.</source>
        <translation>数量“{value}”不是整数。</translation>
    </message>
    <message>
        <source>The quantity must be at least 1, not {value}.</source>
        <translation>数量至少为 1，而不是 {value}。</translation>
    </message>
    <message>
        <source>This line has neither a SKU nor a title.</source>
        <translation>此商品行既没有 SKU，也没有标题。</translation>
    </message>
    <message>
        <source>{column} is &apos;{value}&apos; here but &apos;{earlier}&apos; on row {row} of the same order.</source>
        <translation>同一订单中，{column} 在此处为“{value}”，但在第 {row} 行为“{earlier}”。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an order status this import knows.</source>
        <translation>“{value}”不是此导入格式可识别的订单状态。</translation>
    </message>
    <message>
        <source>The order total {value} is below zero.</source>
        <translation>订单金额 {value} 小于零。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>无法读取文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The file {path} is empty.</source>
        <translation>文件 {path} 为空。</translation>
    </message>
    <message>
        <source>The first row of {path} is empty: it should name the columns.</source>
        <translation>{path} 的第一行为空：第一行应为各列的列名。</translation>
    </message>
    <message>
        <source>The file {path} is not text in the {encoding} encoding; save it as CSV (UTF-8) and try again.</source>
        <translation>文件 {path} 不是 {encoding} 编码的文本；请将其另存为 CSV (UTF-8) 后重试。</translation>
    </message>
    <message>
        <source>{encoding} is not a text encoding this import knows.</source>
        <translation>{encoding} 不是导入功能支持的文本编码。</translation>
    </message>
    <message>
        <source>The file {path} is not an Excel workbook (.xlsx); save it as .xlsx or CSV and try again.</source>
        <translation>文件 {path} 不是 Excel 工作簿 (.xlsx)；请将其另存为 .xlsx 或 CSV 后重试。</translation>
    </message>
    <message>
        <source>The file {path} does not look like {expected}: the columns {columns} are missing.</source>
        <translation>文件 {path} 似乎不是 {expected}：缺少以下列：{columns}。</translation>
    </message>
    <message>
        <source>The file {path} cannot be read as CSV at row {row} ({reason}).</source>
        <translation>无法按 CSV 格式读取文件 {path}：第 {row} 行出错（{reason}）。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Writing orders…</source>
        <translation>正在写入订单…</translation>
    </message>
    <message>
        <source>Updating customer totals…</source>
        <translation>正在更新客户统计…</translation>
    </message>
    <message>
        <source>Name the source this mapping is for.</source>
        <translation>请填写此列映射所对应的来源名称。</translation>
    </message>
    <message>
        <source>Imported orders</source>
        <translation>导入的订单</translation>
    </message>
    <message>
        <source>No exchange rate from {currency} to {base} is known yet; give one for {currency} before importing.</source>
        <translation>尚无 {currency} 兑 {base} 的汇率；请在导入前填写 {currency} 的汇率。</translation>
    </message>
    <message>
        <source>Shopify (orders CSV)</source>
        <translation>Shopify（订单 CSV）</translation>
    </message>
    <message>
        <source>WooCommerce (orders CSV)</source>
        <translation>WooCommerce（订单 CSV）</translation>
    </message>
    <message>
        <source>Etsy (orders / order items CSV)</source>
        <translation>Etsy（订单 / 订单商品 CSV）</translation>
    </message>
    <message>
        <source>Amazon (order report, tab-separated)</source>
        <translation>Amazon（订单报告，制表符分隔）</translation>
    </message>
    <message>
        <source>Generic CSV / Excel</source>
        <translation>通用 CSV / Excel</translation>
    </message>
    <message>
        <source>an Amazon order report (tab-separated)</source>
        <translation>Amazon 订单报告（制表符分隔）</translation>
    </message>
    <message>
        <source>an Etsy orders file (EtsySoldOrders)</source>
        <translation>Etsy 订单文件（EtsySoldOrders）</translation>
    </message>
    <message>
        <source>an Etsy order items file (EtsySoldOrderItems)</source>
        <translation>Etsy 订单商品文件（EtsySoldOrderItems）</translation>
    </message>
    <message>
        <source>an order file with the chosen columns</source>
        <translation>包含所选列的订单文件</translation>
    </message>
    <message>
        <source>a Shopify orders export</source>
        <translation>Shopify 导出的订单文件</translation>
    </message>
    <message>
        <source>a WooCommerce orders export (one row per item)</source>
        <translation>WooCommerce 导出的订单文件（每个商品一行）</translation>
    </message>
</context>
<context>
    <name>marketplace</name>
    <message>
        <source>Manual</source>
        <translation>手工录入</translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <source>Same email address</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>电话号码相同</translation>
    </message>
    <message>
        <source>Same name and postcode</source>
        <translation>姓名和邮编相同</translation>
    </message>
    <message>
        <source>{name} was itself merged into another customer.</source>
        <translation>{name} 本身已被合并到另一个客户。</translation>
    </message>
    <message>
        <source>A customer cannot be merged into themselves.</source>
        <translation>不能将客户合并到其自身。</translation>
    </message>
    <message>
        <source>{name} is already merged into another customer.</source>
        <translation>{name} 已被合并到另一个客户。</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>该合并已被撤销。</translation>
    </message>
    <message>
        <source>This customer&apos;s data was erased; the merge cannot be undone.</source>
        <translation>该客户的数据已被清除，无法撤销合并。</translation>
    </message>
    <message>
        <source>{name} was merged again since; undo that merge first.</source>
        <translation>{name} 之后又被合并过，请先撤销那次合并。</translation>
    </message>
    <message>
        <source>{name} was merged into {survivor} later; undo that merge first.</source>
        <translation>{name} 之后被合并到了 {survivor}，请先撤销那次合并。</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same name and postcode</source>
        <translation>姓名和邮编相同</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>A note cannot be empty.</source>
        <translation>备注不能为空。</translation>
    </message>
    <message>
        <source>A note can hold at most {limit} characters.</source>
        <translation>备注最多只能有 {limit} 个字符。</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>该备注已不存在。</translation>
    </message>
    <message>
        <source>Say what to follow up on.</source>
        <translation>请填写要跟进的事项。</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>该跟进事项已不存在。</translation>
    </message>
    <message>
        <source>Note saved; the earlier text is kept in its history.</source>
        <translation>备注已保存，之前的内容保留在历史记录中。</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>删除备注</translation>
    </message>
    <message>
        <source>Delete this note and its history?</source>
        <translation>要删除这条备注及其历史记录吗？</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>备注已删除。</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1，%2：</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>This note was never edited.</source>
        <translation>这条备注从未编辑过。</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>还没有备注。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>edited (%1 earlier versions)</source>
        <translation>已编辑（%1 个历史版本）</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>orders</name>
    <message>
        <source>Order {number} is not paid yet; mark it paid before shipping it.</source>
        <translation>订单 {number} 尚未付款；请先将其标记为已付款，再发货。</translation>
    </message>
    <message>
        <source>Order {number} has already shipped; refund it instead of cancelling it.</source>
        <translation>订单 {number} 已发货，不能取消，请改为退款。</translation>
    </message>
    <message>
        <source>Order {number} was delivered; it cannot go back to shipped.</source>
        <translation>订单 {number} 已送达，不能改回已发货。</translation>
    </message>
    <message>
        <source>Order {number} is {current} and cannot change any more.</source>
        <translation>订单 {number} 已是“{current}”状态，无法再更改。</translation>
    </message>
    <message>
        <source>Order {number} cannot go from {current} to {wanted}; from {current} it can become: {choices}.</source>
        <translation>订单 {number} 不能从“{current}”改为“{wanted}”；“{current}”状态的订单只能改为：{choices}。</translation>
    </message>
    <message>
        <source>Order {number} is already {current}.</source>
        <translation>订单 {number} 已经是“{current}”状态。</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>订单至少需要一行商品。</translation>
    </message>
    <message>
        <source>Line {line} needs a SKU or a title.</source>
        <translation>第 {line} 行商品需要填写 SKU 或标题。</translation>
    </message>
    <message>
        <source>Line {line}: the quantity must be at least 1.</source>
        <translation>第 {line} 行商品：数量至少为 1。</translation>
    </message>
    <message>
        <source>Line {line}: the price cannot be negative.</source>
        <translation>第 {line} 行商品：价格不能为负数。</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税费</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>{field} cannot be negative.</source>
        <translation>{field}不能为负数。</translation>
    </message>
    <message>
        <source>The discount is larger than the order.</source>
        <translation>折扣超过了订单金额。</translation>
    </message>
    <message>
        <source>Too many tags.</source>
        <translation>标签过多。</translation>
    </message>
    <message>
        <source>Manual orders</source>
        <translation>手工订单</translation>
    </message>
    <message>
        <source>Seller Desk has no exchange rate from {currency} to {base} yet; type the rate you were paid at.</source>
        <translation>Seller Desk 尚无 {currency} 兑 {base} 的汇率，请输入您收款时的汇率。</translation>
    </message>
    <message>
        <source>There is already an order numbered {number}.</source>
        <translation>已存在订单号为 {number} 的订单。</translation>
    </message>
    <message>
        <source>Order {number} came from a marketplace; change it there. Here you can change its status, tags and notes.</source>
        <translation>订单 {number} 来自平台，请在平台上修改。在这里只能更改其状态、标签和备注。</translation>
    </message>
    <message>
        <source>Type a tag to add.</source>
        <translation>请输入要添加的标签。</translation>
    </message>
    <message>
        <source>{field}: {text} is not an amount.</source>
        <translation>{field}：{text} 不是有效的金额。</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>Export customer data</source>
        <translation>导出客户数据</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>清除客户数据</translation>
    </message>
    <message>
        <source>This removes %1&apos;s name, contact details, addresses, notes and comments for good. Orders keep their amounts for the books. It cannot be undone.

Type %2 to confirm:</source>
        <translation>此操作将永久删除 %1 的姓名、联系方式、地址、备注和反馈内容。订单仍会保留金额，以便记账。此操作无法撤销。

请输入 %2 以确认：</translation>
    </message>
    <message>
        <source>Not erased: type %1 to confirm.</source>
        <translation>未清除：请输入 %1 以确认。</translation>
    </message>
    <message>
        <source>Customer erased.</source>
        <translation>客户数据已清除。</translation>
    </message>
</context>
<context>
    <name>replies</name>
    <message>
        <source>Where is my order?</source>
        <translation>我的订单到哪了？</translation>
    </message>
    <message>
        <source>Shipped, with tracking</source>
        <translation>已发货（附物流单号）</translation>
    </message>
    <message>
        <source>Thank you for your order</source>
        <translation>感谢下单</translation>
    </message>
    <message>
        <source>Review request</source>
        <translation>邀请评价</translation>
    </message>
    <message>
        <source>Apology for a delay</source>
        <translation>延迟致歉</translation>
    </message>
    <message>
        <source>Refund confirmation</source>
        <translation>退款确认</translation>
    </message>
    <message>
        <source>Customer&apos;s full name</source>
        <translation>客户全名</translation>
    </message>
    <message>
        <source>Customer&apos;s first name</source>
        <translation>客户名字</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>Items ordered</source>
        <translation>所购商品</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>物流跟踪链接</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Review link</source>
        <translation>评价链接</translation>
    </message>
    <message>
        <source>Unbalanced brace at character {position}; write {{{{ or }}}} for a brace that is not a placeholder</source>
        <translation>第 {position} 个字符处的花括号不成对；如需输入不作占位符的花括号，请写作 {{{{ 或 }}}}</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}; use one of: {known}</source>
        <translation>未知的占位符 {{{name}}}；请使用以下占位符之一：{known}</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>Shown in the title bar and on reports.</source>
        <translation>显示在标题栏和报表中。</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <source>Your home currency: totals and reports are shown in it.</source>
        <translation>您的记账货币：汇总金额和报表都以它显示。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the Seller Desk window.</source>
        <translation>Seller Desk 的界面语言。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Signed on notes and status changes; empty uses your computer login.</source>
        <translation>用于备注和状态变更的署名；留空则使用电脑的登录名。</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>Seller Desk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Seller Desk 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>示例店铺</translation>
    </message>
    <message>
        <source>Creating the demo shop…</source>
        <translation>正在创建示例店铺…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>New shop database</source>
        <translation>新建店铺数据库</translation>
    </message>
    <message>
        <source>%1 already exists; choose Open to use it.</source>
        <translation>%1 已存在；如需使用，请选择“打开数据库”。</translation>
    </message>
    <message>
        <source>Open shop database</source>
        <translation>打开店铺数据库</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Pending</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
</context>
</TS>
