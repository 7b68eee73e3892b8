<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountEditor</name>
    <message>
        <source>Edit account</source>
        <translation>编辑账户</translation>
    </message>
    <message>
        <source>Connect a store</source>
        <translation>连接店铺</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账户名称</translation>
    </message>
    <message>
        <source>Store address</source>
        <translation>店铺地址</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>How the account is called here, e.g. Main shop</source>
        <translation>账户在此显示的名称，例如：主店铺</translation>
    </message>
    <message>
        <source>GraphQL Admin API (recommended)</source>
        <translation>GraphQL Admin API（推荐）</translation>
    </message>
    <message>
        <source>REST Admin API (older custom apps)</source>
        <translation>REST Admin API（较旧的自定义应用）</translation>
    </message>
    <message>
        <source>Sync automatically while Seller Desk is open</source>
        <translation>Seller Desk 打开期间自动同步</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Saves the account, then asks the store who these credentials are</source>
        <translation>保存账户，然后向店铺确认这些凭据属于谁</translation>
    </message>
    <message>
        <source>This computer has no keyring: the credentials are kept only until Seller Desk closes; enter them again after a restart.</source>
        <translation>本机没有密钥环：凭据只会保留到 Seller Desk 关闭为止，重启后需重新输入。</translation>
    </message>
    <message>
        <source>The address of the marketplace&apos;s API; usually left empty.</source>
        <translation>平台 API 的地址；通常留空即可。</translation>
    </message>
    <message>
        <source>Empty: keep the stored one</source>
        <translation>留空：保留已保存的值</translation>
    </message>
    <message>
        <source>Fill in %1 as well.</source>
        <translation>还需填写 %1。</translation>
    </message>
    <message>
        <source>This computer has no keyring: the credentials are kept only until Seller Desk closes.</source>
        <translation>本机没有密钥环：凭据只会保留到 Seller Desk 关闭为止。</translation>
    </message>
    <message>
        <source>Asking the store…</source>
        <translation>正在询问店铺…</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>已连接到 %1（%2）</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>权限：%1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>In your Shopify admin: Settings → Apps → Develop apps → your app → Admin API access token. Give the app read_orders, read_products and read_inventory; write_ ones as well to push changes.</source>
        <translation>在 Shopify 后台：设置 → 应用 → 开发应用 → 你的应用 → Admin API 访问令牌。为应用授予 read_orders、read_products 和 read_inventory 权限；如需推送更改，还要授予相应的 write_ 权限。</translation>
    </message>
    <message>
        <source>In WordPress: WooCommerce → Settings → Advanced → REST API → Add key. Choose Read/Write to push stock, prices and parcels.</source>
        <translation>在 WordPress 中：WooCommerce → 设置 → 高级 → REST API → 添加密钥。如需推送库存、价格和包裹信息，请选择“读/写”权限。</translation>
    </message>
    <message>
        <source>At etsy.com/developers → Your apps: the keystring and shared secret; the refresh token comes from signing in to your app once.</source>
        <translation>在 etsy.com/developers → Your apps 中获取 keystring 和 shared secret；通过你的应用登录一次即可获得刷新令牌。</translation>
    </message>
    <message>
        <source>At developer.ebay.com → Application Keys (Production): App ID and Cert ID; the refresh token from User Tokens → Sign in to Production.</source>
        <translation>在 developer.ebay.com → Application Keys（Production）中获取 App ID 和 Cert ID；刷新令牌在 User Tokens → Sign in to Production 中获取。</translation>
    </message>
    <message>
        <source>Stored in this computer&apos;s keyring.</source>
        <translation>已保存在本机的密钥环中。</translation>
    </message>
    <message>
        <source>Kept until Seller Desk closes (this computer has no keyring).</source>
        <translation>保留到 Seller Desk 关闭为止（本机没有密钥环）。</translation>
    </message>
    <message>
        <source>From the environment variable %1.</source>
        <translation>来自环境变量 %1。</translation>
    </message>
    <message>
        <source>None stored yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <source>Empty: %1</source>
        <translation>留空：%1</translation>
    </message>
</context>
<context>
    <name>AccountsSection</name>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账户名称</translation>
    </message>
    <message>
        <source>Store address</source>
        <translation>店铺地址</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Connect a Shopify, WooCommerce, Etsy or eBay store</source>
        <translation>连接 Shopify、WooCommerce、Etsy 或 eBay 店铺</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Read this store&apos;s new and changed orders</source>
        <translation>读取此店铺新增和有变动的订单</translation>
    </message>
    <message>
        <source>Push changes…</source>
        <translation>推送更改…</translation>
    </message>
    <message>
        <source>Send stock, prices and parcels to this store, after a preview</source>
        <translation>预览后将库存、价格和包裹信息发送到此店铺</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>移除账户</translation>
    </message>
    <message>
        <source>Remove %1? Its orders stay in Seller Desk, filed under %1 like imported ones; its credentials, sync log and conflicts are forgotten.</source>
        <translation>要移除 %1 吗？其订单仍保留在 Seller Desk 中，像导入的订单一样归在 %1 名下；其凭据、同步日志和冲突记录将被清除。</translation>
    </message>
    <message>
        <source>%1 is removed; its orders stay.</source>
        <translation>已移除 %1；其订单仍会保留。</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>已连接到 %1（%2）</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
</context>
<context>
    <name>AttentionBox</name>
    <message>
        <source>Needs your attention</source>
        <translation>需要您留意</translation>
    </message>
    <message>
        <source>1 listing needs a price check: an exchange rate moved since its price was set and its margin fell below the market&apos;s floor.</source>
        <translation>1 个商品需要检查价格：定价后汇率已变动，利润率已低于该市场的下限。</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>%1 listings need a price check: an exchange rate moved since their price was set and their margin fell below the market&apos;s floor.</source>
        <translation>%1 个商品需要检查价格：定价后汇率已变动，利润率已低于该市场的下限。</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>1 order of the last 30 days lost money.</source>
        <translation>最近 30 天有 1 笔订单亏损。</translation>
    </message>
    <message>
        <source>%1 orders of the last 30 days lost money.</source>
        <translation>最近 30 天有 %1 笔订单亏损。</translation>
    </message>
    <message>
        <source>%1 orders of the last 30 days have no full cost yet (a rate or a listing is missing).</source>
        <translation>最近 30 天有 %1 笔订单的成本尚不完整（缺少汇率或商品）。</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>%1 return requests are open; %2 have waited longer than their step should take.</source>
        <translation>%1 个退货申请待处理；其中 %2 个在当前步骤停留的时间已超出应有时限。</translation>
    </message>
    <message>
        <source>1 return request is open, not overdue.</source>
        <translation>1 个退货申请待处理，未逾期。</translation>
    </message>
    <message>
        <source>%1 return requests are open, none overdue.</source>
        <translation>%1 个退货申请待处理，均未逾期。</translation>
    </message>
    <message>
        <source>%1 parcels need a look: stuck, in trouble, going back or late.</source>
        <translation>%1 个包裹需要关注：滞留、派送异常、退回中或逾期。</translation>
    </message>
    <message>
        <source>%1: %2 %3 to %4 (order %5), last news %6</source>
        <translation>%1：%2 %3 寄往 %4（订单 %5），最新动态 %6</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>No exchange rates are stored yet: prices and profit in other currencies cannot be worked out.</source>
        <translation>尚未保存任何汇率：无法计算其他币种的价格和利润。</translation>
    </message>
    <message>
        <source>Get rates</source>
        <translation>获取汇率</translation>
    </message>
    <message>
        <source>The exchange rates are %1 business days old.</source>
        <translation>汇率已是 %1 个工作日前的数据。</translation>
    </message>
    <message>
        <source>Refresh or type rates</source>
        <translation>刷新或手动输入汇率</translation>
    </message>
    <message>
        <source>No provider publishes %1: type a rate in.</source>
        <translation>没有汇率来源提供 %1：请手动输入汇率。</translation>
    </message>
    <message>
        <source>Type a rate</source>
        <translation>输入汇率</translation>
    </message>
    <message>
        <source>Nothing needs your attention: prices, margins, rates, returns and parcels are in order.</source>
        <translation>目前没有需要处理的事项：价格、利润率、汇率、退货和包裹均正常。</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Record campaign</source>
        <translation>记录营销活动</translation>
    </message>
    <message>
        <source>%1 customers: %2</source>
        <translation>%1 位客户：%2</translation>
    </message>
    <message>
        <source>Win-back: %1</source>
        <translation>召回：%1</translation>
    </message>
    <message>
        <source>e.g. 10% off the next order</source>
        <translation>例如：下次购买享 9 折</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Customers left out at random and not sent anything: comparing them with those targeted shows whether the campaign made a difference.</source>
        <translation>随机留出、不发送任何内容的客户：将他们与目标组比较，即可看出营销活动是否有效。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>优惠内容</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <source>Count orders within</source>
        <translation>订单统计期</translation>
    </message>
    <message>
        <source>Hold out</source>
        <translation>对照组比例</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>请为营销活动命名。</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>Record a campaign from any customer list (double-click a segment or a stage, or click a cohort cell). Conversion: customers with an order within the window after the send date; the effect compares those targeted with those held out.</source>
        <translation>可从任意客户列表记录营销活动（双击某个分群或阶段，或单击同期群中的单元格）。转化：在发送日期后的观察期内下单的客户；效果通过比较目标组与对照组得出。</translation>
    </message>
    <message>
        <source>No campaigns recorded yet.</source>
        <translation>尚未记录任何营销活动。</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>观察期</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>目标组</translation>
    </message>
    <message>
        <source>Held out</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Targeted converted</source>
        <translation>目标组转化</translation>
    </message>
    <message>
        <source>Held out converted</source>
        <translation>对照组转化</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Two-proportion z-test: z = %1, p = %2 (clear below 0.05)</source>
        <translation>双比例 z 检验：z = %1，p = %2（低于 0.05 即为效果明显）</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 / %2（%3）</translation>
    </message>
    <message>
        <source>counting orders until %1</source>
        <translation>订单统计至 %1</translation>
    </message>
    <message>
        <source>Nothing to measure yet</source>
        <translation>暂无可衡量的数据</translation>
    </message>
    <message>
        <source>No holdout to compare with</source>
        <translation>没有对照组可供比较</translation>
    </message>
    <message>
        <source>No clear effect yet (%1)</source>
        <translation>暂无明显效果（%1）</translation>
    </message>
    <message>
        <source>Clear effect: %1 conversion (95% confidence)</source>
        <translation>效果明显：转化率 %1（95% 置信度）</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Save chart as PNG or SVG…</source>
        <translation>将图表另存为 PNG 或 SVG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Charts are saved as PNG or SVG, not “%1”.</source>
        <translation>图表只能保存为 PNG 或 SVG，不支持“%1”。</translation>
    </message>
    <message>
        <source>Could not save the chart to %1: %2</source>
        <translation>无法将图表保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>ChurnTab</name>
    <message>
        <source>Churn risk: the chance a customer does not order again. Repeat buyers are judged by the BG/NBD model, one-time buyers by how many buyers like them came back. Customers already churned are left out (see Lifecycle). Double-click a customer to open them.</source>
        <translation>流失风险：客户不再下单的概率。复购客户按 BG/NBD 模型评估；只下过一单的客户则参考情况相似的买家中有多少人再次下单。已流失的客户不在此列出（见“生命周期”）。双击客户可打开其详情。</translation>
    </message>
    <message>
        <source>Showing %1 of %2 customers</source>
        <translation>显示 %2 位客户中的 %1 位</translation>
    </message>
</context>
<context>
    <name>CohortsTab</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Customers ordering again</source>
        <translation>再次下单的客户</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>人均销售额</translation>
    </message>
    <message>
        <source>Cumulative revenue per customer</source>
        <translation>累计人均销售额</translation>
    </message>
    <message>
        <source>Click a cell to see the customers behind it.</source>
        <translation>单击单元格可查看对应的客户。</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Account</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>On the store</source>
        <translation>店铺上</translation>
    </message>
    <message>
        <source>Who won</source>
        <translation>优先方</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>An edit made here met a change made on the store since the last sync. A price or stock count you changed here won and is sent with the next push; an order takes the store&apos;s changes. Accept keeps what won; for a price or stock count you can take the store&apos;s value instead.</source>
        <translation>你在本地所做的修改与上次同步后店铺上的更改发生了冲突。你在本地修改的价格或库存数量优先，会在下次推送时发送；订单则以店铺上的更改为准。“接受”会保留优先的一方；对于价格或库存数量，也可以改用店铺上的值。</translation>
    </message>
    <message>
        <source>Show settled</source>
        <translation>显示已解决的冲突</translation>
    </message>
    <message>
        <source>Take the store&apos;s value</source>
        <translation>采用店铺上的值</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Keep what won</source>
        <translation>保留优先的一方</translation>
    </message>
    <message>
        <source>%1 settled.</source>
        <translation>已解决：%1。</translation>
    </message>
</context>
<context>
    <name>CostField</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Label cost</source>
        <translation>运单费用</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>The customer gets store credit instead of money back; nothing is refunded on the order.</source>
        <translation>顾客获得店铺余额，而不是退回款项；此订单不会产生退款。</translation>
    </message>
    <message>
        <source>Give credit</source>
        <translation>发放店铺余额</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>店铺余额</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
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
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费额</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Come-back chance</source>
        <translation>再次下单概率</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>预测价值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
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
        <source>Points granted.</source>
        <translation>积分已发放。</translation>
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
        <source>%1 of revenue · %2</source>
        <translation>占营收 %1 · %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Revenue, last 30 days</source>
        <translation>近 30 天销售额</translation>
    </message>
    <message>
        <source>Contribution margin</source>
        <translation>贡献利润</translation>
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
    <name>DeliveryInsightView</name>
    <message>
        <source>Working out the delivery times…</source>
        <translation>正在计算配送时效…</translation>
    </message>
    <message>
        <source>No parcels were shipped in this period.</source>
        <translation>此期间没有发出任何包裹。</translation>
    </message>
    <message>
        <source>none delivered yet</source>
        <translation>尚无包裹签收</translation>
    </message>
    <message>
        <source>median &lt;b&gt;%1&lt;/b&gt; days, nine in ten within %2 days</source>
        <translation>中位数 &lt;b&gt;%1&lt;/b&gt; 天，九成在 %2 天内签收</translation>
    </message>
    <message>
        <source>%1 parcels shipped, %2 delivered · %3 · %4 on time · %5 had an exception</source>
        <translation>已发货 %1 个包裹，已签收 %2 个 · %3 · 准时率 %4 · 异常率 %5</translation>
    </message>
    <message>
        <source>By carrier</source>
        <translation>按承运商</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>By destination</source>
        <translation>按目的地</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>未知国家</translation>
    </message>
</context>
<context>
    <name>DeliveryInsightWindow</name>
    <message>
        <source>Delivery times</source>
        <translation>配送时效</translation>
    </message>
</context>
<context>
    <name>DeliveryTableModel</name>
    <message>
        <source>Half the delivered parcels took at most this many days</source>
        <translation>一半已签收包裹的运输天数不超过此值</translation>
    </message>
    <message>
        <source>Nine in ten delivered parcels took at most this many days</source>
        <translation>九成已签收包裹的运输天数不超过此值</translation>
    </message>
    <message>
        <source>Delivered parcels that arrived by their promised day</source>
        <translation>在承诺送达日当天或之前签收的包裹</translation>
    </message>
    <message>
        <source>Parcels that ever had an exception or a failed delivery</source>
        <translation>曾出现异常或投递失败的包裹</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>中位天数</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>第 90 百分位</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Variant of</source>
        <translation>父商品 SKU</translation>
    </message>
    <message>
        <source>Variant group</source>
        <translation>变体组</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>原产国/地区</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Letters, digits and - _ . /, like LAMP-RED-L</source>
        <translation>字母、数字和 - _ . /，例如 LAMP-RED-L</translation>
    </message>
    <message>
        <source>The SKU variants share; empty if none</source>
        <translation>同组变体共用的父 SKU；没有则留空</translation>
    </message>
    <message>
        <source>Add variant…</source>
        <translation>添加变体…</translation>
    </message>
    <message>
        <source>Start a new listing in this variant group</source>
        <translation>在此变体组中新建商品</translation>
    </message>
    <message>
        <source>What one unit costs you, like 15.50</source>
        <translation>每件商品的成本，例如 15.50</translation>
    </message>
    <message>
        <source>6 to 10 digits, like 9405.50</source>
        <translation>6 到 10 位数字，例如 9405.50</translation>
    </message>
    <message>
        <source>Two letters, like CN</source>
        <translation>2 位字母代码，例如 CN</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>父商品</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>No other variants</source>
        <translation>没有其他变体</translation>
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
    <name>GrantPointsDialog</name>
    <message>
        <source>Grant points</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <source>Negative to take points back, for a correction</source>
        <translation>输入负数可扣回积分，用于更正</translation>
    </message>
    <message>
        <source>e.g. review, referral</source>
        <translation>例如：评价、推荐</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ImagesTab</name>
    <message>
        <source>The first picture is the one the Listings table shows. Drop picture files here, or add them (PNG, JPEG, GIF, WebP, BMP; up to 20 MB each).</source>
        <translation>第一张图片会显示在商品列表中。可将图片文件拖放到此处，或单击“添加图片”（PNG、JPEG、GIF、WebP、BMP；每张不超过 20 MB）。</translation>
    </message>
    <message>
        <source>Add pictures…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ 前移</translation>
    </message>
    <message>
        <source>Move the picture one place to the front</source>
        <translation>将图片向前移动一位</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>后移 ▶</translation>
    </message>
    <message>
        <source>Move the picture one place to the back</source>
        <translation>将图片向后移动一位</translation>
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
    <name>InspectDialog</name>
    <message>
        <source>Say for each item whether it goes back in stock (its stock count rises and its cost comes off the return&apos;s cost) or is written off.</source>
        <translation>请为每件商品选择重新入库（库存数量增加，其成本从此退货的成本中扣除）或报废。</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>已检查</translation>
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
        <source>Goes</source>
        <translation>处理方式</translation>
    </message>
</context>
<context>
    <name>LifecycleTab</name>
    <message>
        <source>Click a bar to see the customers in that stage.</source>
        <translation>单击柱形可查看该阶段的客户。</translation>
    </message>
    <message>
        <source>In force: the shop&apos;s repurchase cycle C is &lt;b&gt;%1 days&lt;/b&gt; (median days between orders, at least %2). &lt;b&gt;Churned&lt;/b&gt;: no order for more than %3 days (%4 × C, at least %5). &lt;b&gt;Declining&lt;/b&gt;: no order for more than %6 × the customer&apos;s own cycle. &lt;b&gt;Mature&lt;/b&gt;: %7 or more orders over at least %8 days.</source>
        <translation>当前规则：店铺的复购周期 C 为 &lt;b&gt;%1 天&lt;/b&gt;（两次下单间隔天数的中位数，最少 %2 天）。&lt;b&gt;已流失&lt;/b&gt;：超过 %3 天未下单（%4 × C，最少 %5 天）。&lt;b&gt;衰退期&lt;/b&gt;：未下单时间超过该客户自身周期的 %6 倍。&lt;b&gt;成熟期&lt;/b&gt;：首次下单至今至少 %8 天，且已下单 %7 次或以上。</translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>购买数量</translation>
    </message>
    <message>
        <source>Not shipped yet</source>
        <translation>未发货</translation>
    </message>
    <message>
        <source>In this parcel</source>
        <translation>本包裹数量</translation>
    </message>
    <message>
        <source>Up to %1 (bought %2)</source>
        <translation>最多 %1 件（已购买 %2 件）</translation>
    </message>
</context>
<context>
    <name>ListingDetailHtml</name>
    <message>
        <source>Prices to check: an exchange rate moved since a price was set, and an offer&apos;s margin fell below its market&apos;s floor.</source>
        <translation>价格需检查：设定价格后汇率发生了变动，某个刊登的利润率已低于其市场的最低利润率。</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Variant of</source>
        <translation>父商品 SKU</translation>
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
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>原产国/地区</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
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
        <source>Market</source>
        <translation>市场</translation>
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
        <translation>价格</translation>
    </message>
    <message>
        <source>Price set</source>
        <translation>定价日期</translation>
    </message>
</context>
<context>
    <name>ListingEditorDialog</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>撤销上一次更改（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Shift+Z)</source>
        <translation>重做已撤销的更改（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the listing (Ctrl+S)</source>
        <translation>保存商品（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Change SKU</source>
        <translation>更改 SKU</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>更改标题</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>更改描述</translation>
    </message>
    <message>
        <source>Change variant group</source>
        <translation>更改变体组</translation>
    </message>
    <message>
        <source>Change cost</source>
        <translation>更改成本</translation>
    </message>
    <message>
        <source>Change cost currency</source>
        <translation>更改成本币种</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>更改重量</translation>
    </message>
    <message>
        <source>Change HS code</source>
        <translation>更改 HS 编码</translation>
    </message>
    <message>
        <source>Change country of origin</source>
        <translation>更改原产国/地区</translation>
    </message>
    <message>
        <source>Change stock</source>
        <translation>更改库存</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>更改标签</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <source>Edit listing %1</source>
        <translation>编辑商品 %1</translation>
    </message>
    <message>
        <source>Offers (%1)</source>
        <translation>刊登（%1）</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片（%1）</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <source>This listing has changes that are not saved. Discard them?</source>
        <translation>此商品有未保存的更改。要放弃这些更改吗？</translation>
    </message>
    <message>
        <source>Change offer</source>
        <translation>更改刊登</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>添加刊登</translation>
    </message>
    <message>
        <source>Remove offer</source>
        <translation>删除刊登</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>This picture is already on the listing: %1</source>
        <translation>该商品已有此图片：%1</translation>
    </message>
    <message>
        <source>Add picture</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>Move picture</source>
        <translation>移动图片</translation>
    </message>
</context>
<context>
    <name>ListingsPage</name>
    <message>
        <source>Prices to check: an exchange rate moved since a price was set, and an offer&apos;s margin is now below its market&apos;s floor. Reprice it.</source>
        <translation>价格需检查：设定价格后汇率发生了变动，某个刊登的利润率现已低于其市场的最低利润率。请重新定价。</translation>
    </message>
    <message>
        <source>Select the listing to edit first.</source>
        <translation>请先选择要编辑的商品。</translation>
    </message>
    <message>
        <source>Select the listing to duplicate first.</source>
        <translation>请先选择要复制的商品。</translation>
    </message>
    <message>
        <source>Listing saved.</source>
        <translation>商品已保存。</translation>
    </message>
    <message>
        <source>Select the listings to archive first.</source>
        <translation>请先选择要归档的商品。</translation>
    </message>
    <message>
        <source>Bring back %1 archived listings?</source>
        <translation>要恢复 %1 个已归档的商品吗？</translation>
    </message>
    <message>
        <source>Archive %1 listings? They leave the active list and can be brought back from Archived.</source>
        <translation>要归档 %1 个商品吗？它们将从在售商品中移除，之后可在“已归档”中恢复。</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Listings archived: %1.</source>
        <translation>已归档商品：%1 个。</translation>
    </message>
    <message>
        <source>Listings brought back: %1.</source>
        <translation>已恢复商品：%1 个。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>SKU, title or tag…</source>
        <translation>SKU、标题或标签…</translation>
    </message>
    <message>
        <source>Finds listings whose SKU, title or one of whose tags starts with what you type. The currency filter is the currency of an offer.</source>
        <translation>查找 SKU、标题或任一标签以所输入内容开头的商品。币种筛选按刊登的币种。</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <source>Add a listing (Ctrl+Shift+N)</source>
        <translation>添加商品（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected listing (Enter or double-click)</source>
        <translation>编辑所选商品（按 Enter 键或双击）</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Start a new listing as a copy of the selected one (Ctrl+D)</source>
        <translation>复制所选商品以新建商品（Ctrl+D）</translation>
    </message>
    <message>
        <source>Prices to check</source>
        <translation>待检查价格</translation>
    </message>
    <message>
        <source>Only listings whose margin a moved exchange rate has pushed below the floor</source>
        <translation>仅显示因汇率变动导致利润率低于最低利润率的商品</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Archive the selected listings, or bring archived ones back (Delete asks first)</source>
        <translation>归档所选商品，或恢复已归档的商品（按 Delete 键会先确认）</translation>
    </message>
    <message>
        <source>Listings: %1</source>
        <translation>商品：%1</translation>
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
        <source>Profit</source>
        <translation>利润</translation>
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
        <source>Retention</source>
        <translation>留存分析</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>货件</translation>
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
        <source>R&amp;ates</source>
        <translation>汇率(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refresh rates</source>
        <translation>刷新汇率(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Exchange rates…</source>
        <translation>查看汇率(&amp;E)…</translation>
    </message>
    <message>
        <source>Refresh &amp;tracking</source>
        <translation>刷新物流(&amp;T)</translation>
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
    <name>NewReturnDialog</name>
    <message>
        <source>New return</source>
        <translation>新建退货申请</translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation>正在加载订单…</translation>
    </message>
    <message>
        <source>⚠ The return window has closed: the request will be marked as late.</source>
        <translation>⚠ 退货期限已过：此申请将被标记为超期申请。</translation>
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
        <source>Bought</source>
        <translation>购买数量</translation>
    </message>
    <message>
        <source>In returns</source>
        <translation>已在退货中</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>The SKU the customer gets instead</source>
        <translation>顾客换得的 SKU</translation>
    </message>
    <message>
        <source>What the customer wrote (optional)</source>
        <translation>顾客填写的内容（选填）</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Open return</source>
        <translation>创建退货申请</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Customer wants</source>
        <translation>顾客要求</translation>
    </message>
    <message>
        <source>Exchange for</source>
        <translation>换货商品</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>顾客原话</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Order %1 · %2 · return window %3 days from %4</source>
        <translation>订单 %1 · %2 · 退货期限：自 %4 起 %3 天</translation>
    </message>
    <message>
        <source>Up to %1 (bought %2, already in returns %3)</source>
        <translation>最多 %1 件（已购买 %2 件，已在退货中 %3 件）</translation>
    </message>
    <message>
        <source>Photos of the returned items</source>
        <translation>退回商品的照片</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>图片（%1）</translation>
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
    <name>NumberField</name>
    <message>
        <source>As printed on the label</source>
        <translation>按运单上印的单号填写</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Keep the number exactly as typed, although its check digit does not fit</source>
        <translation>按输入内容原样保留单号，即使其校验位不符</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>Looks like: %1</source>
        <translation>看起来是：%1</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
</context>
<context>
    <name>OffersTab</name>
    <message>
        <source>Add offer</source>
        <translation>添加刊登</translation>
    </message>
    <message>
        <source>Offer this listing on another account or currency</source>
        <translation>在其他平台账号或以其他币种刊登此商品</translation>
    </message>
    <message>
        <source>Remove offer</source>
        <translation>删除刊登</translation>
    </message>
    <message>
        <source>The shop has no marketplace accounts yet; import orders or connect a marketplace to offer listings there.</source>
        <translation>店铺还没有任何平台账号；请先导入订单或连接平台，才能在平台上刊登商品。</translation>
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
    <name>OrderField</name>
    <message>
        <source>Order number, e.g. #1001</source>
        <translation>订单号，例如 #1001</translation>
    </message>
    <message>
        <source>Looking the order up…</source>
        <translation>正在查找订单…</translation>
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
        <source>%1, %2</source>
        <translation>%1，%2</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>货件</translation>
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
        <source>Select one order to open a return on.</source>
        <translation>请选择一个订单来创建退货申请。</translation>
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
        <source>New return…</source>
        <translation>新建退货…</translation>
    </message>
    <message>
        <source>Open a return request on the order shown or selected</source>
        <translation>为当前显示或选中的订单创建退货申请</translation>
    </message>
    <message>
        <source>Losses only</source>
        <translation>仅看亏损</translation>
    </message>
    <message>
        <source>Negative margin only: the orders that lost money once fees, goods and shipping are counted</source>
        <translation>仅显示利润为负的订单：扣除手续费、商品成本和运费后亏损的订单</translation>
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
        <source>Add shipment…</source>
        <translation>添加货件…</translation>
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
    <message>
        <source>Not costed yet</source>
        <translation>尚未核算成本</translation>
    </message>
    <message>
        <source>Negative margin: this order lost money</source>
        <translation>利润为负：此订单亏损</translation>
    </message>
    <message>
        <source>Contribution margin in the base currency</source>
        <translation>以本位币计的贡献利润</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Segments (RFM)</source>
        <translation>客户分群（RFM）</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>销售额占比</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Double-click a segment or a stage to see its customers, export them for a win-back mail or record a campaign. Click a point on the retention curves for that cohort&apos;s customers.</source>
        <translation>双击分群或阶段可查看其中的客户，导出名单用于召回邮件，或记录营销活动。单击留存曲线上的点可查看该同期群的客户。</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Median days to 2nd order</source>
        <translation>第 2 单间隔天数中位数</translation>
    </message>
    <message>
        <source>Average %1-month value</source>
        <translation>平均 %1 个月价值</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 个订单</translation>
    </message>
    <message>
        <source>%1 orders; %2 more from unknown buyers</source>
        <translation>%1 个订单；另有 %2 来自未知买家</translation>
    </message>
    <message>
        <source>with a counted order</source>
        <translation>有计入统计的订单</translation>
    </message>
    <message>
        <source>%1 ordered twice or more</source>
        <translation>%1 位下单 2 次或以上</translation>
    </message>
    <message>
        <source>among those who came back</source>
        <translation>仅统计回购客户</translation>
    </message>
    <message>
        <source>predicted, per customer</source>
        <translation>每位客户的预测值</translation>
    </message>
    <message>
        <source>Predicted value counts the shop&apos;s measured margin: %1 of spend.</source>
        <translation>预测价值按店铺测算的利润率计算：消费额的 %1。</translation>
    </message>
    <message>
        <source>Predicted value counts the whole spend: no margin is measured from product costs or set in Settings.</source>
        <translation>预测价值按全部消费额计算：未能根据商品成本测算出利润率，也未在设置中设定。</translation>
    </message>
    <message>
        <source>Predicted value counts the margin set in Settings: %1 of spend.</source>
        <translation>预测价值按设置中的利润率计算：消费额的 %1。</translation>
    </message>
</context>
<context>
    <name>PeriodChoice</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>近 90 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
</context>
<context>
    <name>PeriodInsightView</name>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>图表已保存到 %1。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
</context>
<context>
    <name>PriceEndingsBox</name>
    <message>
        <source>Price endings, every market</source>
        <translation>价格尾数（适用于所有市场）</translation>
    </message>
    <message>
        <source>Save e&amp;ndings</source>
        <translation>保存尾数设置(&amp;N)</translation>
    </message>
    <message>
        <source>Per currency: USD=.99 ends prices in .99, JPY=10 makes them whole tens, CHF=0.05 multiples of 0.05. Currencies not listed round to the cent. Also in Settings.</source>
        <translation>按币种设置：USD=.99 表示价格以 .99 结尾，JPY=10 表示取整到十位，CHF=0.05 表示取 0.05 的倍数。未列出的币种精确到分。也可在“设置”中修改。</translation>
    </message>
</context>
<context>
    <name>PriceRulesDialog</name>
    <message>
        <source>Price rules</source>
        <translation>定价规则</translation>
    </message>
    <message>
        <source>A market is one account selling in one currency. Its rule turns a listing&apos;s cost into a price: (cost + shipping + fixed fee) ÷ (1 − fees − target margin), rounded to the currency&apos;s price ending and raised if the margin would fall below the minimum.</source>
        <translation>市场指一个平台账号以一种币种销售。市场的定价规则把商品成本换算成售价：(成本 + 运费 + 固定费用) ÷ (1 − 手续费率 − 目标利润率)，再按该币种的价格尾数取整；如果利润率会低于最低利润率，则上调价格。</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>刊登数</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>定价规则</translation>
    </message>
    <message>
        <source>e.g. GBP</source>
        <translation>例如 GBP</translation>
    </message>
    <message>
        <source>A&amp;dd market</source>
        <translation>添加市场(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Marketplace fee (%)</source>
        <translation>平台手续费（%）(&amp;M)</translation>
    </message>
    <message>
        <source>e.g. 6.5</source>
        <translation>例如 6.5</translation>
    </message>
    <message>
        <source>Pa&amp;yment fee (%)</source>
        <translation>支付手续费（%）(&amp;Y)</translation>
    </message>
    <message>
        <source>e.g. 2.9</source>
        <translation>例如 2.9</translation>
    </message>
    <message>
        <source>Fixed &amp;fee per order</source>
        <translation>每单固定费用(&amp;F)</translation>
    </message>
    <message>
        <source>e.g. 0.30</source>
        <translation>例如 0.30</translation>
    </message>
    <message>
        <source>&amp;Shipping you pay</source>
        <translation>您承担的运费(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. 4.99</source>
        <translation>例如 4.99</translation>
    </message>
    <message>
        <source>&amp;Target margin (%)</source>
        <translation>目标利润率（%）(&amp;T)</translation>
    </message>
    <message>
        <source>M&amp;inimum margin (%)</source>
        <translation>最低利润率（%）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;VAT (%)</source>
        <translation>增值税（%）(&amp;V)</translation>
    </message>
    <message>
        <source>Shelf prices &amp;include VAT</source>
        <translation>标价含增值税(&amp;I)</translation>
    </message>
    <message>
        <source>Price &amp;ending</source>
        <translation>价格尾数(&amp;E)</translation>
    </message>
    <message>
        <source>.99 ends prices in .99; 10 makes them whole tens; empty uses the Price endings setting below.</source>
        <translation>.99 表示价格以 .99 结尾；10 表示取整到十位；留空则使用下方的“价格尾数”设置。</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <source>Choose an account and type a currency code.</source>
        <translation>请选择平台账号并输入币种代码。</translation>
    </message>
    <message>
        <source>Rule for %1</source>
        <translation>%1 的定价规则</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>From the setting: %1</source>
        <translation>沿用设置：%1</translation>
    </message>
    <message>
        <source>the cent</source>
        <translation>精确到分</translation>
    </message>
    <message>
        <source>Fix the field marked in red first.</source>
        <translation>请先修正标红的字段。</translation>
    </message>
    <message>
        <source>Saved the rule for %1.</source>
        <translation>已保存 %1 的定价规则。</translation>
    </message>
    <message>
        <source>Deleted the rule for %1.</source>
        <translation>已删除 %1 的定价规则。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Saved the price endings.</source>
        <translation>价格尾数设置已保存。</translation>
    </message>
</context>
<context>
    <name>PricingActions</name>
    <message>
        <source>Price rules…</source>
        <translation>定价规则…</translation>
    </message>
    <message>
        <source>Fees, shipping, VAT, margins and price endings of each market</source>
        <translation>各市场的手续费、运费、增值税、利润率和价格尾数</translation>
    </message>
    <message>
        <source>Reprice…</source>
        <translation>重新定价…</translation>
    </message>
    <message>
        <source>New prices from the markets&apos; rules and today&apos;s rates for the selected listings (all when none is selected), previewed before anything changes (Ctrl+Shift+P)</source>
        <translation>按各市场的定价规则和今日汇率，为所选商品（未选择时为全部商品）计算新价格，修改前先预览 (Ctrl+Shift+P)</translation>
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
    <name>ProfitPage</name>
    <message>
        <source>(no country)</source>
        <translation>（无国家/地区）</translation>
    </message>
    <message>
        <source>Working out the margins…</source>
        <translation>正在计算利润…</translation>
    </message>
    <message>
        <source>Total: %1 orders · revenue %2 · fees %3 · product cost %4 · shipping %5 · returns %6 · margin %7 (%8)</source>
        <translation>合计：%1 个订单 · 收入 %2 · 费用 %3 · 商品成本 %4 · 运费 %5 · 退货 %6 · 利润 %7（%8）</translation>
    </message>
    <message>
        <source>%1 orders are not costed yet and are left out; they are costed in the background.</source>
        <translation>%1 个订单尚未核算成本，暂未计入；系统正在后台核算。</translation>
    </message>
    <message>
        <source>%1 orders lack a product cost (a SKU without a listing, or no exchange rate): their margin counts only the known costs.</source>
        <translation>%1 个订单缺少商品成本（SKU 没有对应的商品，或缺少汇率）：其利润只扣除了已知成本。</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>By listing</source>
        <translation>按商品</translation>
    </message>
    <message>
        <source>By market</source>
        <translation>按市场</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>按国家/地区</translation>
    </message>
</context>
<context>
    <name>ProfitSection</name>
    <message>
        <source> (estimated)</source>
        <translation> （估算）</translation>
    </message>
    <message>
        <source>Revenue (ex VAT, after refunds)</source>
        <translation>销售额（不含增值税，已扣除退款）</translation>
    </message>
    <message>
        <source>Marketplace fee</source>
        <translation>平台手续费</translation>
    </message>
    <message>
        <source>Payment fee</source>
        <translation>支付手续费</translation>
    </message>
    <message>
        <source>Product cost</source>
        <translation>商品成本</translation>
    </message>
    <message>
        <source>Shipping cost</source>
        <translation>运费支出</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>%1 (%2 of revenue)</source>
        <translation>%1（占销售额 %2）</translation>
    </message>
    <message>
        <source>Negative margin</source>
        <translation>利润为负</translation>
    </message>
    <message>
        <source>Contribution margin</source>
        <translation>贡献利润</translation>
    </message>
    <message>
        <source>Converted at %1 %2 per %3 (the order&apos;s rate).</source>
        <translation>按订单汇率 1 %3 = %1 %2 折算。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not costed yet: these figures are what the background costing will store.</source>
        <translation>尚未核算成本：这些数字就是后台核算完成后将保存的结果。</translation>
    </message>
    <message>
        <source>Costs are incomplete; the margin counts only the known costs.</source>
        <translation>成本不完整；利润只扣除了已知成本。</translation>
    </message>
    <message>
        <source>No listing has the SKU %1, so its cost is unknown.</source>
        <translation>没有 SKU 为 %1 的商品，因此其成本未知。</translation>
    </message>
    <message>
        <source>%1: no %2 exchange rate on or before %3; update the rates or type one in.</source>
        <translation>%1：%3 及之前没有 %2 的汇率；请更新汇率或手动输入。</translation>
    </message>
    <message>
        <source>Fees: no %1 exchange rate on or before %2.</source>
        <translation>手续费：%2 及之前没有 %1 的汇率。</translation>
    </message>
    <message>
        <source>%1: its cost is known now and is added at the next costing.</source>
        <translation>%1：成本现已可知，将在下次核算时计入。</translation>
    </message>
</context>
<context>
    <name>PromiseField</name>
    <message>
        <source>The shop&apos;s usual promise</source>
        <translation>店铺默认承诺时效</translation>
    </message>
</context>
<context>
    <name>PushPreviewDialog</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>On the store</source>
        <translation>店铺上</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Push changes</source>
        <translation>推送更改</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Tracking numbers</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <source>No store is connected yet: add one in Settings → Marketplace accounts.</source>
        <translation>尚未连接任何店铺：请在“设置 → 平台账户”中添加。</translation>
    </message>
    <message>
        <source>Comparing with the store&apos;s last known state…</source>
        <translation>正在与店铺上次已知的状态进行比较…</translation>
    </message>
    <message>
        <source>This marketplace does not let an app change it</source>
        <translation>此平台不允许应用修改此项</translation>
    </message>
    <message>
        <source>Changes to send to %1: %2. Untick what should stay as it is on the store.</source>
        <translation>要发送到 %1 的更改：%2。请取消勾选需要在店铺上保持不变的项。</translation>
    </message>
    <message>
        <source>Nothing to send: %1 has what Seller Desk has, as far as the last sync saw.</source>
        <translation>没有需要发送的内容：根据上次同步的结果，%1 与 Seller Desk 中的数据一致。</translation>
    </message>
    <message>
        <source>Send %1 changes</source>
        <translation>发送 %1 项更改</translation>
    </message>
    <message>
        <source>Send 1 change</source>
        <translation>发送 1 项更改</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>正在发送到 %1…</translation>
    </message>
    <message>
        <source>Changes sent: %1; failed: %2.</source>
        <translation>已发送更改：%1；失败：%2。</translation>
    </message>
    <message>
        <source>Stopped; the changes sent before stay sent.</source>
        <translation>已停止；之前已发送的更改不会撤回。</translation>
    </message>
</context>
<context>
    <name>RateForm</name>
    <message>
        <source>Set a rate</source>
        <translation>设置汇率</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Per 1</source>
        <translation>每 1 单位</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3; it wins over the providers&apos; rate of that day.</source>
        <translation>1 %1 = %2 %3；将优先于汇率来源当天提供的汇率。</translation>
    </message>
</context>
<context>
    <name>RatesCorner</name>
    <message>
        <source>Rates: …</source>
        <translation>汇率：…</translation>
    </message>
    <message>
        <source>Rates: no rates yet</source>
        <translation>汇率：尚无汇率</translation>
    </message>
    <message>
        <source>1 business day old</source>
        <translation>已过 1 个工作日</translation>
    </message>
    <message>
        <source>%1 business days old</source>
        <translation>已过 %1 个工作日</translation>
    </message>
    <message>
        <source>Rates: %1</source>
        <translation>汇率：%1</translation>
    </message>
    <message>
        <source>%1 without a rate</source>
        <translation>%1 无汇率</translation>
    </message>
    <message>
        <source>Newest rates: %1 from %2.</source>
        <translation>最新汇率：%1，来自 %2。</translation>
    </message>
    <message>
        <source>These rates are stale: older than %1 business days. Refresh rates, or type rates in if you are offline.</source>
        <translation>这些汇率已过期：超过 %1 个工作日。请刷新汇率；如果无法联网，可手动输入汇率。</translation>
    </message>
    <message>
        <source>Last fetched: %1</source>
        <translation>上次获取：%1</translation>
    </message>
    <message>
        <source>No exchange rates are stored yet: refresh rates.</source>
        <translation>尚未保存任何汇率：请刷新汇率。</translation>
    </message>
    <message>
        <source>Needs a manual rate (no provider publishes it): %1</source>
        <translation>需要手动输入汇率（没有汇率来源提供）：%1</translation>
    </message>
    <message>
        <source>The background refresh at %1 failed: %2</source>
        <translation>%1 的后台刷新失败：%2</translation>
    </message>
    <message>
        <source>Click to see the exchange rates.</source>
        <translation>单击可查看汇率。</translation>
    </message>
    <message>
        <source>Refreshing rates…</source>
        <translation>正在刷新汇率…</translation>
    </message>
    <message>
        <source>Refresh cancelled; the stored rates are unchanged.</source>
        <translation>已取消刷新，已保存的汇率保持不变。</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Units of each currency per 1 %1 (the base currency) and per 1 EUR, as on %2.</source>
        <translation>每 1 %1（本位币）及每 1 EUR 可兑换的各币种金额，以 %2 的汇率为准。</translation>
    </message>
    <message>
        <source>No rates are stored yet: refresh rates.</source>
        <translation>尚未保存任何汇率：请刷新汇率。</translation>
    </message>
    <message>
        <source>The newest rates, of %1, are stale (%2 business days old).</source>
        <translation>最新汇率（%1）已过期（已过 %2 个工作日）。</translation>
    </message>
    <message>
        <source>Needs a manual rate (no provider publishes it): %1.</source>
        <translation>需要手动输入汇率（没有汇率来源提供）：%1。</translation>
    </message>
    <message>
        <source>No rate yet for %1.</source>
        <translation>%1 尚无汇率。</translation>
    </message>
    <message>
        <source>Refreshing rates…</source>
        <translation>正在刷新汇率…</translation>
    </message>
    <message>
        <source>Refresh cancelled; the stored rates are unchanged.</source>
        <translation>已取消刷新，已保存的汇率保持不变。</translation>
    </message>
    <message>
        <source>Saved: 1 EUR = %1 on %2 (manual).</source>
        <translation>已保存：1 EUR = %1（%2，手动输入）。</translation>
    </message>
    <message>
        <source>Import rates</source>
        <translation>导入汇率</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Rates on</source>
        <translation>汇率日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Refresh rates</source>
        <translation>刷新汇率</translation>
    </message>
    <message>
        <source>Fetch the newest rates down the provider chain</source>
        <translation>依次向各汇率来源获取最新汇率</translation>
    </message>
    <message>
        <source>Set rate…</source>
        <translation>设置汇率…</translation>
    </message>
    <message>
        <source>Type in a rate, for a currency no provider publishes or a rate you were charged</source>
        <translation>手动输入汇率：适用于没有汇率来源提供的币种，或您实际被收取的汇率</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>A file with the columns date,currency,rate and optionally base (default EUR)</source>
        <translation>包含 date,currency,rate 列的文件，可另加 base 列（默认为 EUR）</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Per 1 %1</source>
        <translation>每 1 %1</translation>
    </message>
    <message>
        <source>Per 1 EUR</source>
        <translation>每 1 EUR</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>距今</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>current</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>1 business day</source>
        <translation>1 个工作日</translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <source>Needs a manual rate: no rate provider publishes it</source>
        <translation>需要手动输入：没有汇率来源提供此币种</translation>
    </message>
    <message>
        <source>No rate yet: refresh rates</source>
        <translation>尚无汇率：请刷新汇率</translation>
    </message>
    <message>
        <source>Stale: older than %1 business days</source>
        <translation>已过期：超过 %1 个工作日</translation>
    </message>
    <message>
        <source>Manual rate: no rate provider publishes it</source>
        <translation>手动汇率：没有汇率来源提供此币种</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Suggested: the returned items&apos; value less the restocking fee, within what order %1 can still refund (%2 of %3 paid).</source>
        <translation>建议金额：退回商品的价值减去重新上架费，且不超过订单 %1 仍可退款的金额（实付 %3，尚可退 %2）。</translation>
    </message>
    <message>
        <source>What the shop keeps for taking the items back; it is only recorded, the refund above is what the customer gets.</source>
        <translation>店铺因收回商品而扣除的金额；仅作记录，顾客实际收到的是上方的退款金额。</translation>
    </message>
    <message>
        <source>Restocking fee kept</source>
        <translation>扣除的重新上架费</translation>
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
    <name>RepriceDialog</name>
    <message>
        <source>Reprice listings</source>
        <translation>商品重新定价</translation>
    </message>
    <message>
        <source>%1 chosen listings, in the markets ticked below.</source>
        <translation>所选的 %1 个商品，仅限下方勾选的市场。</translation>
    </message>
    <message>
        <source>Every listing on sale, in the markets ticked below.</source>
        <translation>所有在售商品，仅限下方勾选的市场。</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>Only price &amp;changes</source>
        <translation>仅勾选价格有变动的(&amp;C)</translation>
    </message>
    <message>
        <source>A&amp;pply ticked rows</source>
        <translation>应用勾选的行(&amp;P)</translation>
    </message>
    <message>
        <source>Markets:</source>
        <translation>市场：</translation>
    </message>
    <message>
        <source>%1 (%2): %3 offers</source>
        <translation>%1（%2）：%3 个刊登</translation>
    </message>
    <message>
        <source>no price rule yet</source>
        <translation>尚无定价规则</translation>
    </message>
    <message>
        <source>There are no marketplace accounts yet.</source>
        <translation>尚无平台账号。</translation>
    </message>
    <message>
        <source>Tick at least one market.</source>
        <translation>请至少勾选一个市场。</translation>
    </message>
    <message>
        <source>Some rates are old: %1. Update the rates for today&apos;s prices.</source>
        <translation>部分汇率已过期：%1。请更新汇率，以便按今天的汇率定价。</translation>
    </message>
    <message>
        <source>Press Preview to see the new prices.</source>
        <translation>单击“预览”可查看新价格。</translation>
    </message>
    <message>
        <source>%1 offers: %2 with a new price, %3 cannot be priced (greyed; hover for why). %4 ticked to apply.</source>
        <translation>共 %1 个刊登：%2 个有新价格，%3 个无法定价（灰色显示，鼠标悬停可查看原因）。已勾选 %4 个待应用。</translation>
    </message>
    <message>
        <source>Tick the rows to apply first.</source>
        <translation>请先勾选要应用的行。</translation>
    </message>
    <message>
        <source>Wrote %1 new prices in one go.</source>
        <translation>已一次性写入 %1 个新价格。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>RetentionCustomersDialog</name>
    <message>
        <source>Double-click a customer to open them in Customers.</source>
        <translation>双击客户可在“客户”页面中打开。</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Export win-back CSV…</source>
        <translation>导出召回名单 CSV…</translation>
    </message>
    <message>
        <source>Every customer of this list with an email who has not refused marketing, as a CSV file for your mailing tool</source>
        <translation>将此列表中有邮箱且未拒绝营销信息的客户导出为 CSV 文件，供邮件营销工具使用</translation>
    </message>
    <message>
        <source>Record campaign…</source>
        <translation>记录营销活动…</translation>
    </message>
    <message>
        <source>Note that you sent these customers a message or an offer, so the app can tell whether it made them come back</source>
        <translation>记录您已向这些客户发送了消息或优惠，以便 Seller Desk 判断它是否促使他们回购</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 customers, by spend</source>
        <translation>按消费额排序，显示 %2 位客户中的 %1 位</translation>
    </message>
    <message>
        <source>%1 customers, by spend</source>
        <translation>%1 位客户，按消费额排序</translation>
    </message>
    <message>
        <source>Export win-back list</source>
        <translation>导出召回名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2. Left out: %3 without an email, %4 who did not agree to marketing.</source>
        <translation>已将 %1 位客户写入 %2。未包含：%3 位没有邮箱，%4 位未同意接收营销信息。</translation>
    </message>
    <message>
        <source>Recorded “%1”: %2 customers targeted, %3 held out for comparison.</source>
        <translation>已记录“%1”：目标客户 %2 位，对照组 %3 位。</translation>
    </message>
</context>
<context>
    <name>RetentionFilterBar</name>
    <message>
        <source>Won</source>
        <translation>首单月份</translation>
    </message>
    <message>
        <source>Months of the customers&apos; first orders (cohorts)</source>
        <translation>客户首次下单的月份（同期群）</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Every figure is computed as of this day</source>
        <translation>所有数据均按截至这一天计算</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Compute again (F5)</source>
        <translation>重新计算（F5）</translation>
    </message>
    <message>
        <source>Marketplace of the customer&apos;s first order</source>
        <translation>客户首单所在平台</translation>
    </message>
    <message>
        <source>Customer&apos;s country</source>
        <translation>客户所在国家/地区</translation>
    </message>
    <message>
        <source>A product in the customer&apos;s first order</source>
        <translation>客户首单中的商品</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
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
        <source>Any first product</source>
        <translation>任意首单商品</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>won %1–%2</source>
        <translation>首单 %1–%2</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>图表已保存到 %1。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>As of %1 · %2 customers · amounts in %3</source>
        <translation>截至 %1 · %2 位客户 · 金额单位：%3</translation>
    </message>
    <message>
        <source>No customer with a counted order matches these filters.</source>
        <translation>没有符合这些筛选条件且有计入统计订单的客户。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Won in %1</source>
        <translation>首单月份 %1</translation>
    </message>
    <message>
        <source>Won in %1, ordering in month %2</source>
        <translation>首单月份 %1，第 %2 个月下单</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存分析</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>复购</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
</context>
<context>
    <name>ReturnActions</name>
    <message>
        <source>%1 (Ctrl+Enter)</source>
        <translation>%1 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>Awaiting item…</source>
        <translation>等待退回商品…</translation>
    </message>
    <message>
        <source>Item received…</source>
        <translation>已收到商品…</translation>
    </message>
    <message>
        <source>Inspect…</source>
        <translation>检查…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <source>Ship replacement…</source>
        <translation>发出换新商品…</translation>
    </message>
    <message>
        <source>Ship exchange…</source>
        <translation>发出换货…</translation>
    </message>
    <message>
        <source>Store credit…</source>
        <translation>店铺余额…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <source>Return label cost…</source>
        <translation>退货运单费用…</translation>
    </message>
    <message>
        <source>Return slip (PDF)…</source>
        <translation>退货单（PDF）…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Return slip saved to %1.</source>
        <translation>退货单已保存到 %1。</translation>
    </message>
    <message>
        <source>Send %1 to %2 in exchange?</source>
        <translation>要向 %2 发送 %1 作为换货吗？</translation>
    </message>
    <message>
        <source>Send %1 again to %2?</source>
        <translation>要再次向 %2 发送 %1 吗？</translation>
    </message>
    <message>
        <source>A new order is made for the shipment; it is not counted as a sale, and what it costs counts against this return.</source>
        <translation>系统将为此次发货创建一个新订单；该订单不计入销售，其费用计入此退货的成本。</translation>
    </message>
    <message>
        <source>Approve the return: the customer may send the items back (or, for a refund without return, be refunded next).</source>
        <translation>批准退货：顾客可以寄回商品（如为仅退款不退货，则下一步直接退款）。</translation>
    </message>
    <message>
        <source>Refuse the return. Say why in the note: the customer will ask.</source>
        <translation>拒绝退货。请在备注中说明原因，顾客一定会问。</translation>
    </message>
    <message>
        <source>The customer has the address or label; the return now waits for the parcel.</source>
        <translation>顾客已拿到退货地址或运单；现在等待包裹寄回。</translation>
    </message>
    <message>
        <source>The parcel is here. Inspect the items next.</source>
        <translation>包裹已送达。下一步请检查商品。</translation>
    </message>
    <message>
        <source>Close the return: nothing more happens to it.</source>
        <translation>关闭退货：之后不再进行任何处理。</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>%1: return label cost saved.</source>
        <translation>%1：已保存退货运单费用。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 的状态已变为“%2”。</translation>
    </message>
</context>
<context>
    <name>ReturnDetail</name>
    <message>
        <source>Return %1</source>
        <translation>退货 %1</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>订单 %1 · %2</translation>
    </message>
    <message>
        <source>Open order %1</source>
        <translation>打开订单 %1</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <source>Customer wants</source>
        <translation>顾客要求</translation>
    </message>
    <message>
        <source>Exchange for</source>
        <translation>换货商品</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>顾客原话</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>已开启天数</translation>
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
        <source>Policy</source>
        <translation>适用政策</translation>
    </message>
    <message>
        <source>Return window</source>
        <translation>退货期限</translation>
    </message>
    <message>
        <source>%1 days from delivery</source>
        <translation>自签收起 %1 天</translation>
    </message>
    <message>
        <source>Restocking fee</source>
        <translation>重新上架费</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Return shipping</source>
        <translation>退货运费</translation>
    </message>
    <message>
        <source>Paid by the buyer</source>
        <translation>由买家支付</translation>
    </message>
    <message>
        <source>Paid by the shop</source>
        <translation>由店铺支付</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
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
        <source>Returned</source>
        <translation>退回数量</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>购买数量</translation>
    </message>
    <message>
        <source>After inspection</source>
        <translation>检查后处理</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
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
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>⚠ Overdue: %1 since %2; this step should take at most %3 days.</source>
        <translation>⚠ 逾期：自 %2 起处于“%1”；此步骤最多应在 %3 天内完成。</translation>
    </message>
    <message>
        <source>⚠ Requested outside the return window (%1 days).</source>
        <translation>⚠ 申请时已超出退货期限（%1 天）。</translation>
    </message>
    <message>
        <source>Open the replacement order</source>
        <translation>打开换新订单</translation>
    </message>
    <message>
        <source>Paid for the order</source>
        <translation>订单实付金额</translation>
    </message>
    <message>
        <source>Still refundable</source>
        <translation>仍可退款</translation>
    </message>
    <message>
        <source>Refunded by this return</source>
        <translation>本次退货已退款</translation>
    </message>
    <message>
        <source>Restocking fee kept</source>
        <translation>扣除的重新上架费</translation>
    </message>
    <message>
        <source>Return shipping paid</source>
        <translation>已付退货运费</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Store credit given</source>
        <translation>已发放店铺余额</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>申请时间：%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>ReturnPoliciesDialog</name>
    <message>
        <source>Return policies</source>
        <translation>退货政策</translation>
    </message>
    <message>
        <source>A policy says how many days after delivery (or after the order, when the delivery is not known) a buyer may ask to return, the restocking fee you keep, and who pays the way back. The most specific policy applies: marketplace and country, then marketplace, then country, then any. Without one of yours, Seller Desk uses 14 days for buyers in the EU (their right of withdrawal) and 30 days everywhere else; the buyer pays the return shipping and there is no restocking fee.</source>
        <translation>政策规定买家在签收后（签收时间未知时从下单时间起算）多少天内可以申请退货、您收取的重新上架费，以及退货运费由谁承担。系统采用最具体的政策，优先顺序为：平台 + 国家/地区、平台、国家/地区、不限。如果您未设置政策，Seller Desk 对欧盟买家采用 14 天（其法定撤回权），对其他地区采用 30 天；退货运费由买家承担，且不收取重新上架费。</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Return window</source>
        <translation>退货期限</translation>
    </message>
    <message>
        <source>Restocking fee</source>
        <translation>重新上架费</translation>
    </message>
    <message>
        <source>Return shipping paid by</source>
        <translation>退货运费承担方</translation>
    </message>
    <message>
        <source>Any marketplace</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <source>&amp;Marketplace</source>
        <translation>平台(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>国家/地区(&amp;C)</translation>
    </message>
    <message>
        <source>Any country, or a code such as DE</source>
        <translation>所有国家/地区，或输入代码（如 DE）</translation>
    </message>
    <message>
        <source>Return &amp;window (days)</source>
        <translation>退货期限（天）(&amp;W)</translation>
    </message>
    <message>
        <source>Restocking &amp;fee (%)</source>
        <translation>重新上架费（%）(&amp;F)</translation>
    </message>
    <message>
        <source>The buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>You (the shop)</source>
        <translation>您（店铺）</translation>
    </message>
    <message>
        <source>Return shipping &amp;paid by</source>
        <translation>退货运费承担方(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New policy</source>
        <translation>新建政策(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation>保存政策(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove policy</source>
        <translation>删除政策(&amp;R)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Edit policy</source>
        <translation>编辑政策</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>新建政策</translation>
    </message>
    <message>
        <source>A country is a two-letter code such as DE; leave it empty for any country.</source>
        <translation>国家/地区请填写两位字母代码，例如 DE；留空表示适用于所有国家/地区。</translation>
    </message>
    <message>
        <source>Type a whole number of days, such as 30.</source>
        <translation>请输入整数天数，例如 30。</translation>
    </message>
    <message>
        <source>Type a percentage, such as 10 or 12.5.</source>
        <translation>请输入百分比，例如 10 或 12.5。</translation>
    </message>
    <message>
        <source>Fix the field marked in red first.</source>
        <translation>请先修正标红的字段。</translation>
    </message>
    <message>
        <source>Saved the return policy for %1.</source>
        <translation>已保存 %1 的退货政策。</translation>
    </message>
    <message>
        <source>any marketplace</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>所有国家/地区</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Restored the return policy for %1.</source>
        <translation>已恢复 %1 的退货政策。</translation>
    </message>
    <message>
        <source>Removed the return policy for %1.</source>
        <translation>已删除 %1 的退货政策。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>ReturnShippingDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Under its policy the buyer pays the way back; record a cost only if the shop paid the label after all.</source>
        <translation>根据适用的政策，退货运费由买家承担；仅当店铺最终仍支付了运单费用时才需记录。</translation>
    </message>
    <message>
        <source>Under its policy the shop pays the way back.</source>
        <translation>根据适用的政策，退货运费由店铺承担。</translation>
    </message>
    <message>
        <source>The cost counts against the order&apos;s profit; it replaces any cost recorded before.</source>
        <translation>该费用将从订单利润中扣除，并替换之前记录的费用。</translation>
    </message>
    <message>
        <source>Label cost</source>
        <translation>运单费用</translation>
    </message>
</context>
<context>
    <name>ReturnSlipDialog</name>
    <message>
        <source>Return slip %1</source>
        <translation>退货单 %1</translation>
    </message>
    <message>
        <source>Name, street, postcode and town, country</source>
        <translation>姓名、街道、邮编和城市、国家/地区</translation>
    </message>
    <message>
        <source>The slip is written in the customer&apos;s language, whatever language Seller Desk is in.</source>
        <translation>退货单使用顾客的语言，与 Seller Desk 的界面语言无关。</translation>
    </message>
    <message>
        <source>Slip &amp;language</source>
        <translation>退货单语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Return address</source>
        <translation>退货地址(&amp;R)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Type the address the parcel goes back to.</source>
        <translation>请输入包裹寄回的地址。</translation>
    </message>
    <message>
        <source>Save return slip</source>
        <translation>保存退货单</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the slip to %1: %2</source>
        <translation>无法将退货单保存到 %1：%2</translation>
    </message>
    <message>
        <source>Saved the return slip to %1.</source>
        <translation>已将退货单保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ReturnStepDialog</name>
    <message>
        <source>A note for the log (optional)</source>
        <translation>写入日志的备注（选填）</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ReturnsInsightView</name>
    <message>
        <source>Working out the return rates…</source>
        <translation>正在计算退货率…</translation>
    </message>
    <message>
        <source>No units sold in this period, so there is no return rate yet; %1 return requests were made.</source>
        <translation>此期间没有售出商品，因此暂无退货率；共有 %1 个退货申请。</translation>
    </message>
    <message>
        <source>Shop average return rate: &lt;b&gt;%1&lt;/b&gt; (%2 of %3 units sold asked back) · %4 requests · returns cost %5</source>
        <translation>店铺平均退货率：&lt;b&gt;%1&lt;/b&gt;（售出 %3 件中申请退回 %2 件） · %4 个申请 · 退货成本 %5</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Flagged: at least twice the shop&apos;s average, 3 or more units asked back, and more than chance would explain (one-sided binomial test, p &lt; 0.05).</source>
        <translation>标记条件：退货率至少为店铺平均值的两倍，申请退回至少 3 件，且超出随机波动所能解释的范围（单侧二项检验，p &lt; 0.05）。</translation>
    </message>
    <message>
        <source>No listing comes back far more often than the shop&apos;s average.</source>
        <translation>没有商品的退货率远高于店铺平均水平。</translation>
    </message>
    <message>
        <source>Listings returned far more often than the others</source>
        <translation>退货明显偏多的商品</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>售出件数</translation>
    </message>
    <message>
        <source>Units back</source>
        <translation>退回件数</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>退货率</translation>
    </message>
    <message>
        <source>Times the average</source>
        <translation>平均值倍数</translation>
    </message>
</context>
<context>
    <name>ReturnsInsightWindow</name>
    <message>
        <source>Returns insight</source>
        <translation>退货分析</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Overdue: %1 for %2 days; this step should take at most %3 days.</source>
        <translation>逾期：已处于“%1”%2 天；此步骤最多应在 %3 天内完成。</translation>
    </message>
    <message>
        <source>Requested after the return window of its policy had closed.</source>
        <translation>申请时已超过其政策规定的退货期限。</translation>
    </message>
    <message>
        <source>Returns: %1</source>
        <translation>退货：%1</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>仅显示未关闭</translation>
    </message>
    <message>
        <source>Hide closed returns</source>
        <translation>隐藏已关闭的退货</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>Only open returns that sat in their step longer than it should take</source>
        <translation>仅显示在当前步骤停留超出应有时限的未关闭退货</translation>
    </message>
    <message>
        <source>Photos (click one to open it)</source>
        <translation>照片（点击可打开）</translation>
    </message>
    <message>
        <source>Insight…</source>
        <translation>分析…</translation>
    </message>
    <message>
        <source>Return rates by listing, marketplace and country, reasons, costs per month and the listings returned far more than the rest</source>
        <translation>按商品、平台和国家/地区统计的退货率、退货原因、每月成本，以及退货明显偏多的商品</translation>
    </message>
    <message>
        <source>RMA number, order number or SKU…</source>
        <translation>RMA 编号、订单号或 SKU…</translation>
    </message>
    <message>
        <source>Finds returns whose RMA number, order number or a returned SKU starts with what you type.</source>
        <translation>查找 RMA 编号、订单号或退回商品的 SKU 以输入内容开头的退货。</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>States: %1</source>
        <translation>状态：%1</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>R: how recently a customer ordered; FM: how often and how much, each scored 1 to 5 against the other customers. Click a segment to see its customers.</source>
        <translation>R：客户最近一次下单距今多久；FM：下单频次与消费金额。两项均与其他客户比较，按 1 到 5 评分。单击分群可查看其中的客户。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
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
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Return window, restocking fee and who pays the way back, per marketplace and country. Without a policy of your own: 14 days in the EU, 30 days elsewhere.</source>
        <translation>按平台和国家/地区设置退货期限、重新上架费以及退货运费承担方。未自行设置政策时：欧盟为 14 天，其他地区为 30 天。</translation>
    </message>
    <message>
        <source>Return policies…</source>
        <translation>退货政策…</translation>
    </message>
    <message>
        <source>API key…</source>
        <translation>API 密钥…</translation>
    </message>
    <message>
        <source>The tracking service&apos;s API key, kept in your system&apos;s keyring</source>
        <translation>物流查询服务的 API 密钥，保存在系统密钥环中</translation>
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
    <name>ShipmentActions</name>
    <message>
        <source>New shipment…</source>
        <translation>新建货件…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Refresh tracking</source>
        <translation>刷新物流</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>标记为已处理</translation>
    </message>
    <message>
        <source>Not handled</source>
        <translation>标记为未处理</translation>
    </message>
    <message>
        <source>“Where is my order?” reply…</source>
        <translation>回复“我的订单到哪了？”…</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>打开订单</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>Copy tracking number</source>
        <translation>复制物流单号</translation>
    </message>
    <message>
        <source>Open tracking page</source>
        <translation>打开物流跟踪页面</translation>
    </message>
    <message>
        <source>Look the parcel up with the tracking service now (Ctrl+R)</source>
        <translation>立即通过物流查询服务查询此包裹 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Hide its flags until the parcel&apos;s next scan</source>
        <translation>隐藏预警，直到包裹有新的物流轨迹</translation>
    </message>
    <message>
        <source>Show its flags again</source>
        <translation>重新显示预警</translation>
    </message>
    <message>
        <source>Select one shipment first.</source>
        <translation>请先选择一个货件。</translation>
    </message>
    <message>
        <source>Select the shipments first.</source>
        <translation>请先选择货件。</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>Shipment saved.</source>
        <translation>货件已保存。</translation>
    </message>
    <message>
        <source>Delete shipment</source>
        <translation>删除货件</translation>
    </message>
    <message>
        <source>Delete shipment %1 of order %2? Its tracking history goes with it.</source>
        <translation>要删除订单 %2 的货件 %1 吗？其物流轨迹也将一并删除。</translation>
    </message>
    <message>
        <source>Shipment %1 deleted.</source>
        <translation>已删除货件 %1。</translation>
    </message>
    <message>
        <source>Marked handled: %1.</source>
        <translation>已标记为已处理：%1 个。</translation>
    </message>
    <message>
        <source>Flags shown again: %1.</source>
        <translation>已重新显示预警：%1 个。</translation>
    </message>
    <message>
        <source>Order %1 has no customer record (a guest order).</source>
        <translation>订单 %1 没有客户记录（访客订单）。</translation>
    </message>
</context>
<context>
    <name>ShipmentDetailHtml</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>订单 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Open order %1</source>
        <translation>打开订单 %1</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>In the parcel</source>
        <translation>包裹内商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>No items recorded.</source>
        <translation>未记录商品。</translation>
    </message>
    <message>
        <source>Tracking history</source>
        <translation>物流轨迹</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>never looked up</source>
        <translation>从未查询</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>上次查询：%1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tracking service says</source>
        <translation>物流查询服务显示</translation>
    </message>
    <message>
        <source>Last news</source>
        <translation>最新动态</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺送达日</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计送达</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Marked handled</source>
        <translation>标记为已处理</translation>
    </message>
    <message>
        <source>The last lookup failed: %1</source>
        <translation>上次查询失败：%1</translation>
    </message>
    <message>
        <source>What shows here is the last known state, from %1.</source>
        <translation>此处显示的是最后已知的状态，更新于 %1。</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <source>Label cost</source>
        <translation>运单费用</translation>
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
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Synced from the marketplace</source>
        <translation>从平台同步</translation>
    </message>
    <message>
        <source>Not looked up yet: refresh the tracking (Ctrl+R) to see its scans.</source>
        <translation>尚未查询：请刷新物流 (Ctrl+R) 以查看物流轨迹。</translation>
    </message>
    <message>
        <source>The tracking service has no scans of this parcel yet.</source>
        <translation>物流查询服务暂无此包裹的物流轨迹。</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <source>Edit shipment</source>
        <translation>编辑货件</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>新建货件</translation>
    </message>
    <message>
        <source>Choose or type the carrier</source>
        <translation>选择或输入承运商</translation>
    </message>
    <message>
        <source>e.g. Standard, Express (optional)</source>
        <translation>例如：标准、快递（选填）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺送达日</translation>
    </message>
    <message>
        <source>Label cost</source>
        <translation>运单费用</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Edit shipment %1</source>
        <translation>编辑货件 %1</translation>
    </message>
    <message>
        <source>This shipment came from a marketplace: change it there and sync again.</source>
        <translation>此货件来自平台：请在平台上修改后重新同步。</translation>
    </message>
</context>
<context>
    <name>ShipmentFileImport</name>
    <message>
        <source>Import shipments</source>
        <translation>导入货件</translation>
    </message>
    <message>
        <source>Shipment files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>货件文件 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>…… 另有 %1 条。</translation>
    </message>
    <message>
        <source>%1 of %2 rows cannot be imported. Nothing is saved unless you choose to import the %3 good rows.</source>
        <translation>%2 行中有 %1 行无法导入。除非您选择导入其余 %3 行有效数据，否则不会保存任何内容。</translation>
    </message>
    <message>
        <source>Import the %1 good rows</source>
        <translation>导入 %1 行有效数据</translation>
    </message>
    <message>
        <source>Imported %1 shipments; %2 were there already.</source>
        <translation>已导入 %1 个货件；%2 个此前已存在。</translation>
    </message>
</context>
<context>
    <name>ShipmentFilters</name>
    <message>
        <source>All carriers</source>
        <translation>全部承运商</translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation>未签收</translation>
    </message>
    <message>
        <source>Hide parcels that arrived or whose tracking ended</source>
        <translation>隐藏已签收或跟踪已结束的包裹</translation>
    </message>
    <message>
        <source>Flagged only</source>
        <translation>仅显示预警包裹</translation>
    </message>
    <message>
        <source>Only parcels stuck, in trouble, going back or late, and not marked handled</source>
        <translation>仅显示滞留、派送异常、退回中或逾期，且未标记为已处理的包裹</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Statuses: %1</source>
        <translation>状态：%1</translation>
    </message>
</context>
<context>
    <name>ShipmentsPage</name>
    <message>
        <source>Tracking service says: %1</source>
        <translation>物流查询服务显示：%1</translation>
    </message>
    <message>
        <source>Last lookup failed: %1</source>
        <translation>上次查询失败：%1</translation>
    </message>
    <message>
        <source>No scan yet: counted from the ship date.</source>
        <translation>暂无物流轨迹：从发货日期起计算。</translation>
    </message>
    <message>
        <source>Shipments: %1</source>
        <translation>货件：%1</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>货件</translation>
    </message>
    <message>
        <source>New shipment…</source>
        <translation>新建货件…</translation>
    </message>
    <message>
        <source>Record a parcel of an order (Ctrl+Shift+S)</source>
        <translation>为订单登记一个包裹 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add shipments from a shipping tool&apos;s CSV or Excel file: order number, tracking number, carrier and ship date (service, cost, currency and weight optional)</source>
        <translation>从发货工具导出的 CSV 或 Excel 文件添加货件：订单号、物流单号、承运商和发货日期（服务、运费、币种和重量可选）</translation>
    </message>
    <message>
        <source>Delivery times…</source>
        <translation>送达时效…</translation>
    </message>
    <message>
        <source>How long parcels take per carrier and destination, how many arrive on time, and how many run into trouble</source>
        <translation>各承运商和目的地的包裹用时、准时送达比例，以及出现异常的比例</translation>
    </message>
    <message>
        <source>Tracking number or order number…</source>
        <translation>物流单号或订单号…</translation>
    </message>
    <message>
        <source>Finds parcels whose tracking number or order number starts with what you type.</source>
        <translation>查找物流单号或订单号以输入内容开头的包裹。</translation>
    </message>
</context>
<context>
    <name>SyncCorner</name>
    <message>
        <source>Sync: …</source>
        <translation>同步：…</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>%1: %2
Click to see the sync log.</source>
        <translation>%1：%2
点击查看同步日志。</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>同步于 %1</translation>
    </message>
    <message>
        <source>Last sync: %1. Click to see the sync log.</source>
        <translation>上次同步：%1。点击查看同步日志。</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Connect a store in Marketplaces → Accounts…</source>
        <translation>连接店铺：平台 → 账户…</translation>
    </message>
    <message>
        <source>Click Sync now to read the stores&apos; orders.</source>
        <translation>点击“立即同步”读取各店铺的订单。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1：正在连接…</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 failed</source>
        <translation>%1：新增 %2，更新 %3，失败 %4</translation>
    </message>
    <message>
        <source>(see the sync log)</source>
        <translation>（请查看同步日志）</translation>
    </message>
    <message>
        <source>Sync cancelled; what was read so far is kept.</source>
        <translation>同步已取消；已读取的内容会保留。</translation>
    </message>
    <message>
        <source>Nothing was synced.</source>
        <translation>没有同步任何内容。</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Read new and changed orders from every connected store (Ctrl+Shift+Y)</source>
        <translation>从所有已连接的店铺读取新增和有变动的订单（Ctrl+Shift+Y）</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变动</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>同步日志</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>所有账户</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Errors of the chosen run</source>
        <translation>所选同步中的错误</translation>
    </message>
    <message>
        <source>What the store answered, for the error chosen on the left</source>
        <translation>左侧所选错误对应的店铺响应</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>&amp;Conflicts (%1)…</source>
        <translation>冲突（%1）(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Marketplaces</source>
        <translation>平台(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Push changes…</source>
        <translation>推送更改(&amp;P)…</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>同步日志(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Unmatched SKUs…</source>
        <translation>未匹配的 SKU(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>拉取</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>The store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Took the store&apos;s</source>
        <translation>采用了店铺上的值</translation>
    </message>
    <message>
        <source>Kept this one</source>
        <translation>保留了此值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
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
    <name>TaskProgress</name>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop; nothing is stored</source>
        <translation>停止，不保存任何内容</translation>
    </message>
</context>
<context>
    <name>TrackingCorner</name>
    <message>
        <source>Tracking: …</source>
        <translation>物流：…</translation>
    </message>
    <message>
        <source>%1 on their way</source>
        <translation>%1 个运输中</translation>
    </message>
    <message>
        <source>%1 flagged</source>
        <translation>%1 个预警</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>%1查询</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>物流：%1</translation>
    </message>
    <message>
        <source>Click to see the shipments. F5 on the Shipments page refreshes the selected parcels; View → Refresh tracking refreshes them all.</source>
        <translation>单击可查看货件。在“货件”页面按 F5 可刷新所选包裹；“查看 → 刷新物流”可刷新全部包裹。</translation>
    </message>
    <message>
        <source>Last lookup: %1. Without a connection the app shows what tracking said then.</source>
        <translation>上次查询：%1。无网络连接时，将显示当时查询到的物流信息。</translation>
    </message>
    <message>
        <source>The refresh at %1: %2</source>
        <translation>%1 的刷新：%2</translation>
    </message>
    <message>
        <source>Looking parcels up…</source>
        <translation>正在查询包裹…</translation>
    </message>
    <message>
        <source>%1 parcels could not be looked up; the Shipments page shows why.</source>
        <translation>%1 个包裹查询失败；可在“货件”页面查看原因。</translation>
    </message>
    <message>
        <source>%1: %2 updated, %3 unchanged, %4 failed.</source>
        <translation>%1：已更新 %2 个，无变化 %3 个，失败 %4 个。</translation>
    </message>
    <message>
        <source>Cancelled; the parcels looked up so far are kept.</source>
        <translation>已取消；已查询到的包裹结果会保留。</translation>
    </message>
</context>
<context>
    <name>TrackingKeyDialog</name>
    <message>
        <source>Tracking service key</source>
        <translation>物流查询服务密钥</translation>
    </message>
    <message>
        <source>Paste the API key from your account page</source>
        <translation>粘贴账号页面上的 API 密钥</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show what you pasted, to check it</source>
        <translation>显示粘贴的内容，以便核对</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>保存密钥</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>清除密钥</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Key in use</source>
        <translation>当前使用的密钥</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>From the environment variable %1 (it wins over a saved key).</source>
        <translation>来自环境变量 %1（优先于已保存的密钥）。</translation>
    </message>
    <message>
        <source>Saved in this computer&apos;s keyring.</source>
        <translation>已保存在本机的密钥环中。</translation>
    </message>
    <message>
        <source>Kept for this session only: this computer has no keyring, so paste it again after Seller Desk restarts.</source>
        <translation>仅在本次运行期间保留：本机没有密钥环，Seller Desk 重启后请重新粘贴。</translation>
    </message>
    <message>
        <source>None yet: paste one above, or set %1.</source>
        <translation>尚未设置：请在上方粘贴，或设置 %1。</translation>
    </message>
    <message>
        <source>The %1 key is saved in this computer&apos;s keyring.</source>
        <translation>%1 密钥已保存在本机的密钥环中。</translation>
    </message>
    <message>
        <source>This computer has no keyring: the %1 key is kept only until Seller Desk closes.</source>
        <translation>本机没有密钥环：%1 密钥仅保留到 Seller Desk 关闭为止。</translation>
    </message>
    <message>
        <source>The saved %1 key is forgotten.</source>
        <translation>已清除保存的 %1 密钥。</translation>
    </message>
</context>
<context>
    <name>UnmatchedSkusDialog</name>
    <message>
        <source>Account</source>
        <translation>平台账号</translation>
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
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Unmatched SKUs</source>
        <translation>未匹配的 SKU</translation>
    </message>
    <message>
        <source>These items on your stores have a SKU that no listing here has, so their stock and prices are not compared or pushed. Link each to the listing it is.</source>
        <translation>你店铺中的这些商品所用的 SKU 在本地没有对应的商品，因此不会比对或推送它们的库存和价格。请将每一项关联到对应的商品。</translation>
    </message>
    <message>
        <source>Listing SKU</source>
        <translation>商品 SKU</translation>
    </message>
    <message>
        <source>Type a listing&apos;s SKU</source>
        <translation>输入商品的 SKU</translation>
    </message>
    <message>
        <source>Link to listing</source>
        <translation>关联到商品</translation>
    </message>
    <message>
        <source>Type the SKU of the listing to link it to.</source>
        <translation>输入要关联的商品的 SKU。</translation>
    </message>
    <message>
        <source>%1 on %2 is linked to %3.</source>
        <translation>%2 上的 %1 已关联到 %3。</translation>
    </message>
</context>
<context>
    <name>ValueTab</name>
    <message>
        <source>Fitted models</source>
        <translation>已拟合的模型</translation>
    </message>
    <message>
        <source>BG/NBD r</source>
        <translation>BG/NBD r</translation>
    </message>
    <message>
        <source>BG/NBD α</source>
        <translation>BG/NBD α</translation>
    </message>
    <message>
        <source>BG/NBD a</source>
        <translation>BG/NBD a</translation>
    </message>
    <message>
        <source>BG/NBD b</source>
        <translation>BG/NBD b</translation>
    </message>
    <message>
        <source>Gamma-Gamma p</source>
        <translation>Gamma-Gamma p</translation>
    </message>
    <message>
        <source>Gamma-Gamma q</source>
        <translation>Gamma-Gamma q</translation>
    </message>
    <message>
        <source>Gamma-Gamma γ</source>
        <translation>Gamma-Gamma γ</translation>
    </message>
    <message>
        <source>Customers in the fit</source>
        <translation>参与拟合的客户数</translation>
    </message>
    <message>
        <source>Top 100 customers by predicted value</source>
        <translation>预测价值前 100 名客户</translation>
    </message>
    <message>
        <source>Model quality</source>
        <translation>模型质量</translation>
    </message>
    <message>
        <source>Fit on orders up to</source>
        <translation>拟合所用订单截至</translation>
    </message>
    <message>
        <source>Run check</source>
        <translation>运行检验</translation>
    </message>
    <message>
        <source>The models are fitted on the orders up to this day, then their prediction is compared with the repeat purchases customers really made up to the as-of date.</source>
        <translation>模型仅用截至这一天的订单进行拟合，然后将预测结果与客户截至统计日期实际产生的复购进行比较。</translation>
    </message>
    <message>
        <source>No model yet: too few orders.</source>
        <translation>暂无模型：订单太少。</translation>
    </message>
    <message>
        <source>Value over the next %1 months, discounted at %2 a year.</source>
        <translation>未来 %1 个月的价值，按每年 %2 折现。</translation>
    </message>
    <message>
        <source>Spend per order is not modelled: the average repeat order, %1, is used for everyone.</source>
        <translation>未对每单消费额建模：所有客户均按复购订单的平均金额 %1 计算。</translation>
    </message>
    <message>
        <source>Not enough orders before this day to fit.</source>
        <translation>这一天之前的订单不足，无法拟合。</translation>
    </message>
    <message>
        <source>Over the %1 weeks after the calibration end the model predicted &lt;b&gt;%2&lt;/b&gt; repeat purchases by the %3 customers known then; they made &lt;b&gt;%4&lt;/b&gt; (%5). Per-customer correlation of predicted and actual: &lt;b&gt;%6&lt;/b&gt;.</source>
        <translation>在校准期结束后的 %1 周内，模型预测当时已知的 %3 位客户将产生 &lt;b&gt;%2&lt;/b&gt; 次复购；实际为 &lt;b&gt;%4&lt;/b&gt; 次（%5）。每位客户预测值与实际值的相关系数：&lt;b&gt;%6&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>no repeat purchases to compare with</source>
        <translation>没有可比较的复购</translation>
    </message>
    <message>
        <source>predicted %1 against actual</source>
        <translation>预测值较实际 %1</translation>
    </message>
    <message>
        <source>Fitting and comparing…</source>
        <translation>正在拟合并比较…</translation>
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
    <message>
        <source>Connect a marketplace…</source>
        <translation>连接平台…</translation>
    </message>
    <message>
        <source>Start my shop, then connect a Shopify, WooCommerce, Etsy or eBay store</source>
        <translation>创建我的店铺，然后连接 Shopify、WooCommerce、Etsy 或 eBay 店铺</translation>
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
    <name>charts</name>
    <message>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>{amount} {currency}</source>
        <translation>{amount} {currency}</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Customers with 2 or more orders among all customers so far, at each month end.</source>
        <translation>每个月末，下单 2 次或以上的客户占截至当时全部客户的比例。</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>复购客户</translation>
    </message>
    <message>
        <source>{month}: {percent} ({repeaters} of {buyers} customers)</source>
        <translation>{month}：{percent}（{buyers} 位客户中的 {repeaters} 位）</translation>
    </message>
    <message>
        <source>Time to second order</source>
        <translation>第二次下单间隔</translation>
    </message>
    <message>
        <source>Customers who came back, by days between their first and second order.</source>
        <translation>回购客户按首单与第二单之间的间隔天数分布。</translation>
    </message>
    <message>
        <source>Customers who came back, by days between their first and second order; {count} who took longer than {days} days are not shown.</source>
        <translation>回购客户按首单与第二单之间的间隔天数分布；另有 {count} 位间隔超过 {days} 天的客户未显示。</translation>
    </message>
    <message>
        <source>Days from first to second order</source>
        <translation>首单到第二单的天数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>{first}–{last} days: {count} customers ({percent})</source>
        <translation>{first}–{last} 天：{count} 位客户（{percent}）</translation>
    </message>
    <message>
        <source>Customers still waiting for a second order</source>
        <translation>尚未第二次下单的客户</translation>
    </message>
    <message>
        <source>Kaplan–Meier estimate: customers who have not come back yet count until today.</source>
        <translation>Kaplan–Meier 估计：尚未回购的客户计入至今天为止。</translation>
    </message>
    <message>
        <source>Not ordered again yet</source>
        <translation>尚未再次下单</translation>
    </message>
    <message>
        <source>Days since first order</source>
        <translation>距首单天数</translation>
    </message>
    <message>
        <source>Half have ordered again by day {days}</source>
        <translation>第 {days} 天时已有一半客户再次下单</translation>
    </message>
    <message>
        <source>Long-run level: {percent}</source>
        <translation>长期水平：{percent}</translation>
    </message>
    <message>
        <source>Day {days}: {percent} not ordered again yet ({count} customers still followed)</source>
        <translation>第 {days} 天：{percent} 尚未再次下单（仍在跟踪 {count} 位客户）</translation>
    </message>
    <message>
        <source>Customers ordering again, by month since first order</source>
        <translation>再次下单的客户（按首单后月数）</translation>
    </message>
    <message>
        <source>Revenue per cohort customer, by month since first order</source>
        <translation>同期群人均销售额（按首单后月数）</translation>
    </message>
    <message>
        <source>Cumulative revenue per cohort customer</source>
        <translation>同期群累计人均销售额</translation>
    </message>
    <message>
        <source>Share of the cohort</source>
        <translation>占同期群比例</translation>
    </message>
    <message>
        <source>Per customer ({currency})</source>
        <translation>人均（{currency}）</translation>
    </message>
    <message>
        <source>Cohort {cohort}, month {month}: {percent} ({active} of {size} customers)</source>
        <translation>同期群 {cohort}，第 {month} 个月：{percent}（{size} 位客户中的 {active} 位）</translation>
    </message>
    <message>
        <source>Cohort {cohort}, month {month}: {amount} per customer ({size} customers)</source>
        <translation>同期群 {cohort}，第 {month} 个月：人均 {amount}（{size} 位客户）</translation>
    </message>
    <message>
        <source>Cohort {cohort}, months 0–{month}: {amount} per customer ({size} customers)</source>
        <translation>同期群 {cohort}，第 0–{month} 个月：人均 {amount}（{size} 位客户）</translation>
    </message>
    <message>
        <source>Cohort (month of first order)</source>
        <translation>同期群（首单月份）</translation>
    </message>
    <message>
        <source>Months since first order</source>
        <translation>距首单月数</translation>
    </message>
    <message>
        <source>Blank cells: months that have not happened yet.</source>
        <translation>空白单元格：尚未到来的月份。</translation>
    </message>
    <message>
        <source>Retention curves of recent cohorts</source>
        <translation>近期同期群的留存曲线</translation>
    </message>
    <message>
        <source>Month 0, the month of the first order (100%), is left out.</source>
        <translation>未显示第 0 个月（首单当月，100%）。</translation>
    </message>
    <message>
        <source>Customers ordering in the month</source>
        <translation>当月下单的客户</translation>
    </message>
    <message>
        <source>Each of the last {count} cohorts</source>
        <translation>最近 {count} 个同期群（逐个）</translation>
    </message>
    <message>
        <source>All cohorts, weighted by size</source>
        <translation>全部同期群（按规模加权）</translation>
    </message>
    <message>
        <source>Cohort {cohort}, month {month}: {percent}</source>
        <translation>同期群 {cohort}，第 {month} 个月：{percent}</translation>
    </message>
    <message>
        <source>All cohorts, month {month}: {percent}</source>
        <translation>全部同期群，第 {month} 个月：{percent}</translation>
    </message>
    <message>
        <source>Customer segments (RFM)</source>
        <translation>客户分群（RFM）</translation>
    </message>
    <message>
        <source>Scores 1 to 5 against the other customers; 5 is the most recent, most orders and highest spend.</source>
        <translation>与其他客户比较后按 1 到 5 评分；5 分表示最近下单、下单最多、消费最高。</translation>
    </message>
    <message>
        <source>Recency score</source>
        <translation>最近下单评分</translation>
    </message>
    <message>
        <source>Frequency and spend score</source>
        <translation>频次与消费评分</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>{count} 位客户</translation>
    </message>
    <message>
        <source>{percent} of revenue</source>
        <translation>占销售额 {percent}</translation>
    </message>
    <message>
        <source>{segment} (R {r}, FM {fm}): {cell} customers in this cell
Segment: {count} customers, {revenue} spent</source>
        <translation>{segment}（R {r}，FM {fm}）：此格 {cell} 位客户
分群：{count} 位客户，消费 {revenue}</translation>
    </message>
    <message>
        <source>Customers by lifecycle stage</source>
        <translation>各生命周期阶段的客户</translation>
    </message>
    <message>
        <source>Return rate by listing</source>
        <translation>各商品退货率</translation>
    </message>
    <message>
        <source>The {count} listings with the highest share of units sold that were asked back; red: far above the shop&apos;s average.</source>
        <translation>退货率最高的 {count} 个商品（申请退回件数占售出件数的比例）；红色：远高于店铺平均值。</translation>
    </message>
    <message>
        <source>Return rate by marketplace</source>
        <translation>各平台退货率</translation>
    </message>
    <message>
        <source>Return rate by country</source>
        <translation>各国家/地区退货率</translation>
    </message>
    <message>
        <source>Units asked back out of units sold.</source>
        <translation>申请退回件数占售出件数的比例。</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>退货率</translation>
    </message>
    <message>
        <source>{percent} ({returned} of {sold})</source>
        <translation>{percent}（{returned}/{sold}）</translation>
    </message>
    <message>
        <source>{name}: {percent}, {returned} of {sold} units</source>
        <translation>{name}：{percent}，售出 {sold} 件中退回 {returned} 件</translation>
    </message>
    <message>
        <source>Shop average {percent}</source>
        <translation>店铺平均 {percent}</translation>
    </message>
    <message>
        <source>Far above the average</source>
        <translation>远高于平均值</translation>
    </message>
    <message>
        <source>Return requests by reason</source>
        <translation>退货申请原因分布</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申请数</translation>
    </message>
    <message>
        <source>{count} ({percent})</source>
        <translation>{count}（{percent}）</translation>
    </message>
    <message>
        <source>{reason}: {count} requests ({percent})</source>
        <translation>{reason}：{count} 个申请（{percent}）</translation>
    </message>
    <message>
        <source>What returns cost per month</source>
        <translation>每月退货成本</translation>
    </message>
    <message>
        <source>Refunds and return labels the shop paid, by the month the requests were made.</source>
        <translation>店铺支付的退款和退货运单费用，按申请提出的月份统计。</translation>
    </message>
    <message>
        <source>Cost ({currency})</source>
        <translation>成本（{currency}）</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Return shipping</source>
        <translation>退货运费</translation>
    </message>
    <message>
        <source>{month}: {total} ({refunds} refunds, {shipping} return shipping), {count} requests</source>
        <translation>{month}：{total}（退款 {refunds}，退货运费 {shipping}），{count} 个申请</translation>
    </message>
    <message>
        <source>{stage}: {count} customers ({percent})</source>
        <translation>{stage}：{count} 位客户（{percent}）</translation>
    </message>
    <message>
        <source>Moves between lifecycle stages</source>
        <translation>生命周期阶段变动</translation>
    </message>
    <message>
        <source>Customers changing stage during each month; the {count} largest moves.</source>
        <translation>每月变更阶段的客户；显示变动最大的 {count} 项。</translation>
    </message>
    <message>
        <source>Customers changing stage during each month; the {count} largest moves. The last month is not over yet (dashed).</source>
        <translation>每月变更阶段的客户；显示变动最大的 {count} 项。最后一个月尚未结束（虚线）。</translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <source>{month}: {move}, {count} customers</source>
        <translation>{month}：{move}，{count} 位客户</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <source>{count} customers by predicted value.</source>
        <translation>按预测价值分布的 {count} 位客户。</translation>
    </message>
    <message>
        <source>{count} customers by predicted value; {beyond} above {amount} are not shown.</source>
        <translation>按预测价值分布的 {count} 位客户；另有 {beyond} 位高于 {amount} 的客户未显示。</translation>
    </message>
    <message>
        <source>Predicted value per customer ({currency})</source>
        <translation>每位客户的预测价值（{currency}）</translation>
    </message>
    <message>
        <source>Median {amount}</source>
        <translation>中位数 {amount}</translation>
    </message>
    <message>
        <source>Mean {amount}</source>
        <translation>平均值 {amount}</translation>
    </message>
    <message>
        <source>{low} to {high}: {count} customers ({percent})</source>
        <translation>{low} 至 {high}：{count} 位客户（{percent}）</translation>
    </message>
    <message>
        <source>Model check: repeat purchases, actual and predicted</source>
        <translation>模型检验：复购的实际值与预测值</translation>
    </message>
    <message>
        <source>Cumulative repeat purchase days of the customers known at the calibration end.</source>
        <translation>校准期结束时已知客户的累计复购天数。</translation>
    </message>
    <message>
        <source>Repeat purchases (cumulative)</source>
        <translation>复购次数（累计）</translation>
    </message>
    <message>
        <source>Weeks since the first purchase in the data</source>
        <translation>自数据中首次购买起的周数</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Predicted by the model</source>
        <translation>模型预测</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准期</translation>
    </message>
    <message>
        <source>Holdout</source>
        <translation>验证期</translation>
    </message>
    <message>
        <source>Week {week}: {actual} actual, {predicted} predicted</source>
        <translation>第 {week} 周：实际 {actual}，预测 {predicted}</translation>
    </message>
    <message>
        <source>Delivery time by carrier</source>
        <translation>各承运商配送时效</translation>
    </message>
    <message>
        <source>Delivery time by destination</source>
        <translation>各目的地配送时效</translation>
    </message>
    <message>
        <source>Days from shipping to delivery: half the parcels arrive within the dark bar, nine in ten within the light one.</source>
        <translation>从发货到签收的天数：一半包裹在深色条范围内签收，九成在浅色条范围内签收。</translation>
    </message>
    <message>
        <source>The {count} destinations with the most parcels. Days from shipping to delivery: half the parcels arrive within the dark bar, nine in ten within the light one.</source>
        <translation>包裹最多的 {count} 个目的地。从发货到签收的天数：一半包裹在深色条范围内签收，九成在浅色条范围内签收。</translation>
    </message>
    <message>
        <source>Delivery time by route</source>
        <translation>各线路送达时效</translation>
    </message>
    <message>
        <source>The {count} busiest pairs of carrier and destination. Half the parcels arrive within the dark bar, nine in ten within the light one.</source>
        <translation>发货量最大的 {count} 组承运商与目的地组合。一半包裹在深色条所示天数内送达，九成在浅色条所示天数内送达。</translation>
    </message>
    <message>
        <source>Days in transit</source>
        <translation>运输天数</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>第 90 百分位</translation>
    </message>
    <message>
        <source>{median} · {p90} days</source>
        <translation>{median} · {p90} 天</translation>
    </message>
    <message>
        <source>{name}: median {median} days, 9 in 10 within {p90} days; {delivered} of {shipped} parcels delivered</source>
        <translation>{name}：中位数 {median} 天，九成在 {p90} 天内签收；{shipped} 个包裹中已签收 {delivered} 个</translation>
    </message>
    <message>
        <source>On time and exceptions by carrier</source>
        <translation>各承运商准时率与异常率</translation>
    </message>
    <message>
        <source>On time: delivered parcels that arrived by their promised day. Exceptions: parcels that ever had an exception or a failed delivery attempt.</source>
        <translation>准时：在承诺送达日当天或之前签收的包裹。异常：曾出现异常或投递失败的包裹。</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Share of parcels</source>
        <translation>包裹占比</translation>
    </message>
    <message>
        <source>no promised dates</source>
        <translation>无承诺送达日</translation>
    </message>
    <message>
        <source>{name}: {percent} of delivered parcels arrived by the promised day</source>
        <translation>{name}：{percent} 的已签收包裹在承诺送达日当天或之前签收</translation>
    </message>
    <message>
        <source>{name}: no delivered parcel had a promised day</source>
        <translation>{name}：已签收的包裹均无承诺送达日</translation>
    </message>
    <message>
        <source>{name}: {percent} of {shipped} parcels had an exception or a failed delivery</source>
        <translation>{name}：{shipped} 个包裹中有 {percent} 出现异常或投递失败</translation>
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
        <source>Check</source>
        <translation>提醒</translation>
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
    <message>
        <source>Margin</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In state since</source>
        <translation>进入当前状态时间</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>已开启天数</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>⚠</source>
        <translation>⚠</translation>
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
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>最新轨迹</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺送达日</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
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
        <source>Return</source>
        <translation>退货</translation>
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
    <message>
        <source>Working out each order&apos;s profit</source>
        <translation>正在计算每笔订单的利润</translation>
    </message>
    <message>
        <source>Checking prices against today&apos;s rates</source>
        <translation>按今日汇率检查价格</translation>
    </message>
    <message>
        <source>Writing return requests</source>
        <translation>正在写入退货申请</translation>
    </message>
    <message>
        <source>Writing shipments and their tracking</source>
        <translation>正在写入货件及其物流信息</translation>
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
        <source>Picture {id} of this listing no longer exists.</source>
        <translation>此商品的图片 {id} 已不存在。</translation>
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
    <message>
        <source>The holdout share must be at least 0% and below 100%; not {percent}%.</source>
        <translation>对照组比例必须不低于 0% 且低于 100%；{percent}% 无效。</translation>
    </message>
    <message>
        <source>The conversion window must be at least 1 day; not {days}.</source>
        <translation>转化观察期至少为 1 天；{days} 无效。</translation>
    </message>
    <message>
        <source>{converted} converted out of {customers} customers is not possible.</source>
        <translation>{customers} 位客户中不可能有 {converted} 位转化。</translation>
    </message>
    <message>
        <source>Give at least one tier, like Bronze: 0, Silver: 500.</source>
        <translation>请至少设置一个会员等级，例如：铜卡: 0, 银卡: 500。</translation>
    </message>
    <message>
        <source>A tier is written name: amount, like Silver: 500; not {text}.</source>
        <translation>会员等级的格式为“名称: 金额”，例如 银卡: 500；{text} 无效。</translation>
    </message>
    <message>
        <source>The amount of tier {name} must be a number of 0 or more; not {amount}.</source>
        <translation>等级 {name} 的金额必须是大于或等于 0 的数字；{amount} 无效。</translation>
    </message>
    <message>
        <source>The amount of tier {name} has more decimals than the currency allows ({digits}): {amount}.</source>
        <translation>等级 {name} 的金额 {amount} 的小数位数超出了该币种允许的位数（{digits} 位）。</translation>
    </message>
    <message>
        <source>The first tier must start at 0, so that every customer has one; {name} starts at {amount}.</source>
        <translation>第一个等级的门槛必须为 0，以确保每位客户都有等级；{name} 的门槛为 {amount}。</translation>
    </message>
    <message>
        <source>Each tier needs a higher amount than the one before it: {name} ({amount}) comes after {previous} ({previous_amount}).</source>
        <translation>每个等级的金额都必须高于前一个等级：{name}（{amount}）排在 {previous}（{previous_amount}）之后。</translation>
    </message>
    <message>
        <source>Two tiers are called {name}.</source>
        <translation>有两个等级都叫 {name}。</translation>
    </message>
    <message>
        <source>The tier name {name} is longer than {limit} characters.</source>
        <translation>等级名称 {name} 超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Points per unit must be a number of 0 or more; not {value}.</source>
        <translation>每单位积分必须是大于或等于 0 的数字；{value} 无效。</translation>
    </message>
    <message>
        <source>Points expire after 0 months (never) or more; not {months}.</source>
        <translation>积分有效期须为 0 个月（永不过期）或以上；{months} 无效。</translation>
    </message>
    <message>
        <source>{name} is not a time zone; write it like Europe/Berlin or Asia/Shanghai.</source>
        <translation>{name} 不是有效的时区；请按 Europe/Berlin 或 Asia/Shanghai 的格式填写。</translation>
    </message>
    <message>
        <source>Give a whole number from {low} to {high}.</source>
        <translation>请输入 {low} 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>Give a number from {low} to {high}.</source>
        <translation>请输入 {low} 到 {high} 之间的数字。</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>请为营销活动命名。</translation>
    </message>
    <message>
        <source>A campaign needs at least one customer.</source>
        <translation>营销活动至少需要一位客户。</translation>
    </message>
    <message>
        <source>Hold out from 0 to 50 percent of the customers.</source>
        <translation>对照组比例须在 0% 到 50% 之间。</translation>
    </message>
    <message>
        <source>Measure over 1 to 365 days after sending.</source>
        <translation>观察期须为发送后 1 到 365 天。</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>No rate for {currency}; type one in.</source>
        <translation>没有 {currency} 的汇率，请手动输入。</translation>
    </message>
    <message>
        <source>The rate for {currency} is not positive: {rate}</source>
        <translation>{currency} 的汇率不是正数：{rate}</translation>
    </message>
    <message>
        <source>{provider} answered without any rates.</source>
        <translation>{provider} 的回应中没有任何汇率。</translation>
    </message>
    <message>
        <source>{provider} gave {rate} for {currency} on {day}, which is not a positive number.</source>
        <translation>{provider} 给出的 {day} {currency} 汇率为 {rate}，不是正数。</translation>
    </message>
    <message>
        <source>A rate is a positive number, like 32.5; not {text}</source>
        <translation>汇率应为正数，例如 32.5；而不是 {text}</translation>
    </message>
    <message>
        <source>Give {currency}&apos;s rate against another currency.</source>
        <translation>请填写 {currency} 对另一种货币的汇率。</translation>
    </message>
    <message>
        <source>Unknown rate provider {name}; choose from: {choices}.</source>
        <translation>未知的汇率来源 {name}；可选：{choices}。</translation>
    </message>
    <message>
        <source>Name at least one rate provider.</source>
        <translation>请至少填写一个汇率来源。</translation>
    </message>
    <message>
        <source>{url} is not a web address (http:// or https://).</source>
        <translation>{url} 不是网址（应以 http:// 或 https:// 开头）。</translation>
    </message>
    <message>
        <source>The rates file {path} cannot be read ({reason}).</source>
        <translation>无法读取汇率文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The rates file must start with the line date,currency,rate (and ,base if some rates are not per EUR); it starts with: {header}</source>
        <translation>汇率文件的第一行必须是 date,currency,rate（若有汇率不是以欧元计，再加 ,base）；当前第一行是：{header}</translation>
    </message>
    <message>
        <source>The rates file has no rates.</source>
        <translation>汇率文件中没有汇率。</translation>
    </message>
    <message>
        <source>Row {row} has {count} cells; expected {expected}.</source>
        <translation>第 {row} 行有 {count} 个单元格，应为 {expected} 个。</translation>
    </message>
    <message>
        <source>Row {row}: &apos;{value}&apos; is not a date like 2026-03-31.</source>
        <translation>第 {row} 行：“{value}”不是 2026-03-31 这样的日期。</translation>
    </message>
    <message>
        <source>Row {row}: &apos;{value}&apos; is not a currency code (three letters, such as USD).</source>
        <translation>第 {row} 行：“{value}”不是货币代码（三个字母，例如 USD）。</translation>
    </message>
    <message>
        <source>Row {row}: &apos;{value}&apos; is not a rate above zero.</source>
        <translation>第 {row} 行：“{value}”不是大于零的汇率。</translation>
    </message>
    <message>
        <source>Row {row}: a rate of {currency} against itself means nothing.</source>
        <translation>第 {row} 行：{currency} 对自身的汇率没有意义。</translation>
    </message>
    <message>
        <source>Row {row}: {currency} on {day} was already given on row {earlier}.</source>
        <translation>第 {row} 行：{day} 的 {currency} 已在第 {earlier} 行给出。</translation>
    </message>
    <message>
        <source>Row {row}: {currency} is given per {base}, but the file has no rate for {base} per EUR on {day}.</source>
        <translation>第 {row} 行：{currency} 是以 {base} 计价的，但文件中没有 {day} {base} 对欧元的汇率。</translation>
    </message>
    <message>
        <source>Could not reach the {provider} rates service at {url} ({reason}).</source>
        <translation>无法连接 {provider} 汇率服务 {url}（{reason}）。</translation>
    </message>
    <message>
        <source>The {provider} rates service did not answer within {seconds} seconds.</source>
        <translation>{provider} 汇率服务在 {seconds} 秒内没有响应。</translation>
    </message>
    <message>
        <source>The {provider} rates service answered HTTP {status} for {url}.</source>
        <translation>{provider} 汇率服务对 {url} 返回了 HTTP {status}。</translation>
    </message>
    <message>
        <source>The {provider} rates service sent a web page instead of rates ({url}); it may have moved or be down.</source>
        <translation>{provider} 汇率服务返回的是网页而不是汇率（{url}）；该服务可能已迁移或暂时无法使用。</translation>
    </message>
    <message>
        <source>The {provider} rates service sent rates this app cannot read: {reason}.</source>
        <translation>{provider} 汇率服务返回的汇率无法读取：{reason}。</translation>
    </message>
    <message>
        <source>The {provider} rates service sent &apos;{value}&apos; as the rate of {currency} on {day}.</source>
        <translation>{provider} 汇率服务给出的 {day} {currency} 汇率是“{value}”。</translation>
    </message>
    <message>
        <source>The {provider} rates service has no rate for {currency} on {day}.</source>
        <translation>{provider} 汇率服务没有 {day} 的 {currency} 汇率。</translation>
    </message>
    <message>
        <source>The {provider} rates service has no rates for {day}.</source>
        <translation>{provider} 汇率服务没有 {day} 的汇率。</translation>
    </message>
    <message>
        <source>The {provider} rates service has no rates available ({reason}).</source>
        <translation>{provider} 汇率服务暂无可用汇率（{reason}）。</translation>
    </message>
    <message>
        <source>The {provider} rates service refused the request: {reason}.</source>
        <translation>{provider} 汇率服务拒绝了请求：{reason}。</translation>
    </message>
    <message>
        <source>The {provider} rates service is asked one day at a time; {days} days is more than the {limit} allowed at once.</source>
        <translation>{provider} 汇率服务每次只能查询一天；{days} 天超过了单次允许的 {limit} 天。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a rates provider; choose one of {names}.</source>
        <translation>“{name}”不是汇率来源；请从 {names} 中选择。</translation>
    </message>
    <message>
        <source>No rate for {currency} on or before {day}; update the rates or type one in.</source>
        <translation>{day} 及之前没有 {currency} 的汇率；请更新汇率或手动输入。</translation>
    </message>
    <message>
        <source>No rate provider answered: {failures}</source>
        <translation>没有任何汇率来源响应：{failures}</translation>
    </message>
    <message>
        <source>EUR is what every rate is counted against; type the other currency.</source>
        <translation>所有汇率都以欧元为基准；请填写另一种货币。</translation>
    </message>
    <message>
        <source>A price ending is written CUR=.99 (charm) or CUR=10 (whole tens); not {text}</source>
        <translation>价格尾数请写成 币种=.99（以 .99 结尾）或 币种=10（取整到十位）；而不是 {text}</translation>
    </message>
    <message>
        <source>{text} is not a price ending: write .99 for a charm ending or 10 for whole tens</source>
        <translation>{text} 不是有效的价格尾数：以 .99 结尾请写 .99，取整到十位请写 10</translation>
    </message>
    <message>
        <source>{currency} prices have {digits} decimals, so they cannot end in {text}</source>
        <translation>{currency} 价格有 {digits} 位小数，因此不能以 {text} 结尾</translation>
    </message>
    <message>
        <source>{currency} has two price endings; keep one</source>
        <translation>{currency} 设置了两个价格尾数；请只保留一个</translation>
    </message>
    <message>
        <source>{text}: {code} is not a currency code</source>
        <translation>{text}：{code} 不是币种代码</translation>
    </message>
    <message>
        <source>{field}: {text} is not a number.</source>
        <translation>{field}：{text} 不是有效的数字。</translation>
    </message>
    <message>
        <source>{field}: {currency} amounts have {digits} decimals; {text} has more.</source>
        <translation>{field}：{currency} 金额只有 {digits} 位小数，{text} 的小数位数过多。</translation>
    </message>
    <message>
        <source>The price rule for {market} cannot work: fees of {fees} % of the price and a margin of {margin} % leave nothing to pay for the goods; lower the margin or the fees.</source>
        <translation>{market} 的定价规则无法成立：手续费占售价的 {fees}%，利润率为 {margin}%，已没有余额支付商品成本；请降低利润率或手续费。</translation>
    </message>
    <message>
        <source>A cost cannot be negative: {cost}</source>
        <translation>成本不能为负数：{cost}</translation>
    </message>
    <message>
        <source>{field} must be from 0 to 100 %, not {value}.</source>
        <translation>{field} 必须在 0 到 100% 之间，而不是 {value}。</translation>
    </message>
    <message>
        <source>{field} cannot be negative.</source>
        <translation>{field} 不能为负数。</translation>
    </message>
    <message>
        <source>The minimum margin ({min} %) cannot be above the target margin ({target} %).</source>
        <translation>最低利润率（{min}%）不能高于目标利润率（{target}%）。</translation>
    </message>
    <message>
        <source>{count} of the chosen rows have no new price (first: {sku} in {market}); nothing was written.</source>
        <translation>所选行中有 {count} 行没有新价格（第一个是 {market} 中的 {sku}）；未写入任何内容。</translation>
    </message>
    <message>
        <source>{count} offers changed or went away since the preview; nothing was written. Preview again.</source>
        <translation>预览之后有 {count} 个刊登已更改或已不存在；未写入任何内容。请重新预览。</translation>
    </message>
    <message>
        <source>There is no market {market}; markets: {markets}.</source>
        <translation>不存在市场 {market}；现有市场：{markets}。</translation>
    </message>
    <message>
        <source>{account} sells in several currencies; name one: {markets}.</source>
        <translation>{account} 以多个币种销售；请指定其中一个：{markets}。</translation>
    </message>
    <message>
        <source>There is no listing with SKU {sku}.</source>
        <translation>没有 SKU 为 {sku} 的商品。</translation>
    </message>
    <message>
        <source>No price rule for {market}; set one in Price rules.</source>
        <translation>{market} 没有定价规则；请在“定价规则”中设置。</translation>
    </message>
    <message>
        <source>No exchange rate for {currency}; update the rates or type one in.</source>
        <translation>没有 {currency} 的汇率；请更新汇率或手动输入。</translation>
    </message>
    <message>
        <source>There is no marketplace account {id}.</source>
        <translation>不存在平台账号 {id}。</translation>
    </message>
    <message>
        <source>Type the rate, like 32.5.</source>
        <translation>请输入汇率，例如 32.5。</translation>
    </message>
    <message>
        <source>Return policy {id} no longer exists.</source>
        <translation>退货政策 {id} 已不存在。</translation>
    </message>
    <message>
        <source>Return request {id} no longer exists.</source>
        <translation>退货申请 {id} 已不存在。</translation>
    </message>
    <message>
        <source>Write each country as CODE=days, for example CN=12; {part} is not.</source>
        <translation>每个国家/地区请写作“代码=天数”，例如 CN=12；{part} 不符合此格式。</translation>
    </message>
    <message>
        <source>The days for {country} must be a whole number from 1 to {high}.</source>
        <translation>{country} 的天数必须是 1 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>Unknown tracking service {name}; choose 17track or aftership.</source>
        <translation>未知的物流查询服务 {name}；请选择 17track 或 aftership。</translation>
    </message>
    <message>
        <source>Could not reach the {provider} tracking service at {url} ({reason}).</source>
        <translation>无法连接 {provider} 物流查询服务 {url}（{reason}）。</translation>
    </message>
    <message>
        <source>The {provider} tracking service did not answer within {seconds} seconds.</source>
        <translation>{provider} 物流查询服务在 {seconds} 秒内没有响应。</translation>
    </message>
    <message>
        <source>The {provider} tracking service answered HTTP {status} for {url}.</source>
        <translation>{provider} 物流查询服务对 {url} 返回了 HTTP {status}。</translation>
    </message>
    <message>
        <source>The {provider} tracking service sent an answer this app cannot read: {reason}.</source>
        <translation>{provider} 物流查询服务返回的响应无法读取：{reason}。</translation>
    </message>
    <message>
        <source>No {provider} API key is set; enter it in the tracking settings.</source>
        <translation>未设置 {provider} API 密钥；请在物流跟踪设置中输入。</translation>
    </message>
    <message>
        <source>{provider} refused the API key ({reason}); check the key in the tracking settings.</source>
        <translation>{provider} 拒绝了该 API 密钥（{reason}）；请在物流跟踪设置中检查密钥。</translation>
    </message>
    <message>
        <source>{provider} does not accept calls from this computer&apos;s IP address; add it to the API key&apos;s IP whitelist in your {provider} account.</source>
        <translation>{provider} 不接受来自本机 IP 地址的请求；请在您的 {provider} 账号中将此 IP 添加到该 API 密钥的 IP 白名单。</translation>
    </message>
    <message>
        <source>Your {provider} account is disabled; tracking cannot be refreshed until it is enabled again.</source>
        <translation>您的 {provider} 账号已停用；重新启用之前无法刷新物流。</translation>
    </message>
    <message>
        <source>{provider} does not let this API key manage trackings ({reason}).</source>
        <translation>{provider} 不允许此 API 密钥管理跟踪单号（{reason}）。</translation>
    </message>
    <message>
        <source>Your {provider} tracking quota is used up ({reason}); no more numbers can be registered until it renews or more is bought.</source>
        <translation>您的 {provider} 查询额度已用完（{reason}）；在额度续期或购买更多额度之前，无法再注册新的单号。</translation>
    </message>
    <message>
        <source>{provider} still refused calls as too frequent after {attempts} tries; try again in a minute.</source>
        <translation>重试 {attempts} 次后，{provider} 仍以请求过于频繁为由拒绝；请一分钟后再试。</translation>
    </message>
    <message>
        <source>The {provider} tracking service refused the request: {reason} (code {code}).</source>
        <translation>{provider} 物流查询服务拒绝了请求：{reason}（代码 {code}）。</translation>
    </message>
    <message>
        <source>&apos;{provider}&apos; is not a tracking service; choose one of {names}.</source>
        <translation>“{provider}”不是物流查询服务；请从 {names} 中选择。</translation>
    </message>
    <message>
        <source>Shipment {id} no longer exists.</source>
        <translation>货件 {id} 已不存在。</translation>
    </message>
    <message>
        <source>{provider} refused {number}: {reason} ({code}).</source>
        <translation>{provider} 拒绝了 {number}：{reason}（{code}）。</translation>
    </message>
    <message>
        <source>{provider} sent an answer for {number} that this app cannot read: {reason}.</source>
        <translation>{provider} 返回的 {number} 查询结果无法读取：{reason}。</translation>
    </message>
    <message>
        <source>{provider} gave no answer for {number}.</source>
        <translation>{provider} 没有返回 {number} 的查询结果。</translation>
    </message>
    <message>
        <source>No API key for {provider} yet: add it in Settings → Shipments and tracking, or set ${variable}.</source>
        <translation>尚未设置 {provider} 的 API 密钥：请在“设置 → 货件与物流跟踪”中添加，或设置 ${variable}。</translation>
    </message>
    <message>
        <source>Paste the API key as your tracking service shows it: one word, no spaces.</source>
        <translation>请按物流查询服务显示的原样粘贴 API 密钥：一串连续字符，不含空格。</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>An Excel workbook is a binary file: write it to a file (--out FILE).</source>
        <translation>Excel 工作簿是二进制文件：请将其写入文件（--out FILE）。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cannot export {table}; choose one of: {known}.</source>
        <translation>无法导出 {table}，请从以下选项中选择：{known}。</translation>
    </message>
    <message>
        <source>Unknown format {format}; choose csv, json or xlsx.</source>
        <translation>未知的格式 {format}，请选择 csv、json 或 xlsx。</translation>
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
    <name>formatting</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
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
    <message>
        <source>a shipments file</source>
        <translation>货件文件</translation>
    </message>
    <message>
        <source>There is no order {value} in this shop.</source>
        <translation>本店铺没有订单 {value}。</translation>
    </message>
    <message>
        <source>{column} is empty.</source>
        <translation>{column} 为空。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a weight in grams.</source>
        <translation>“{value}”不是以克为单位的有效重量。</translation>
    </message>
    <message>
        <source>The tracking number {value} is on row {row} already.</source>
        <translation>物流单号 {value} 已在第 {row} 行出现。</translation>
    </message>
</context>
<context>
    <name>listings</name>
    <message>
        <source>Type a SKU.</source>
        <translation>请输入 SKU。</translation>
    </message>
    <message>
        <source>A SKU has at most {limit} characters.</source>
        <translation>SKU 最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A SKU uses letters, digits and - _ . / only (no spaces): {bad}</source>
        <translation>SKU 只能包含字母、数字和 - _ . /（不能有空格）：{bad}</translation>
    </message>
    <message>
        <source>Another listing already has the SKU {sku}.</source>
        <translation>已有其他商品使用 SKU {sku}。</translation>
    </message>
    <message>
        <source>A listing cannot be a variant of itself.</source>
        <translation>商品不能是自身的变体。</translation>
    </message>
    <message>
        <source>Type a title.</source>
        <translation>请输入标题。</translation>
    </message>
    <message>
        <source>At most {limit} characters ({count} now).</source>
        <translation>最多 {limit} 个字符（当前 {count} 个）。</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>成本不能为负数。</translation>
    </message>
    <message>
        <source>That number is too large.</source>
        <translation>数字太大。</translation>
    </message>
    <message>
        <source>Not an ISO currency code: {code}</source>
        <translation>不是有效的 ISO 币种代码：{code}</translation>
    </message>
    <message>
        <source>The weight cannot be negative.</source>
        <translation>重量不能为负数。</translation>
    </message>
    <message>
        <source>An HS code has 6 to 10 digits (dots and spaces allowed): {code}</source>
        <translation>HS 编码应为 6 到 10 位数字（可含点和空格）：{code}</translation>
    </message>
    <message>
        <source>Not an ISO country code (two letters, like CN or DE): {code}</source>
        <translation>不是有效的 ISO 国家/地区代码（2 位字母，如 CN 或 DE）：{code}</translation>
    </message>
    <message>
        <source>The stock on hand cannot be negative.</source>
        <translation>现有库存不能为负数。</translation>
    </message>
    <message>
        <source>Offer {offer}: the price must be above 0.</source>
        <translation>刊登 {offer}：价格必须大于 0。</translation>
    </message>
    <message>
        <source>Offer {offer}: the quantity buffer cannot be negative.</source>
        <translation>刊登 {offer}：保留数量不能为负数。</translation>
    </message>
    <message>
        <source>Offer {offer}: not an ISO currency code: {code}</source>
        <translation>刊登 {offer}：不是有效的 ISO 币种代码：{code}</translation>
    </message>
    <message>
        <source>Offer {offer} repeats offer {first}: one offer per account and currency.</source>
        <translation>刊登 {offer} 与刊登 {first} 重复：每个平台账号和币种只能有一个刊登。</translation>
    </message>
    <message>
        <source>Offer {offer}: at most {limit} characters ({count} now).</source>
        <translation>刊登 {offer}：最多 {limit} 个字符（当前 {count} 个）。</translation>
    </message>
    <message>
        <source>Offer {offer}: that number is too large.</source>
        <translation>刊登 {offer}：数字太大。</translation>
    </message>
    <message>
        <source>Not a whole number: {text}</source>
        <translation>不是整数：{text}</translation>
    </message>
    <message>
        <source>Not an amount: {text}</source>
        <translation>不是有效的金额：{text}</translation>
    </message>
    <message>
        <source>{name} is not a picture Seller Desk can show (PNG, JPEG, GIF, WebP or BMP).</source>
        <translation>{name} 不是 Seller Desk 能显示的图片（支持 PNG、JPEG、GIF、WebP 或 BMP）。</translation>
    </message>
    <message>
        <source>{name} is {size} MB; pictures of up to {limit} MB are accepted.</source>
        <translation>{name} 大小为 {size} MB；图片不能超过 {limit} MB。</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>Cannot copy {name} into the image folder {folder}: {reason}</source>
        <translation>无法将 {name} 复制到图片文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <source>This shop has no image folder.</source>
        <translation>此店铺没有图片文件夹。</translation>
    </message>
    <message>
        <source>This picture is already on the listing: {name}</source>
        <translation>该商品已有此图片：{name}</translation>
    </message>
    <message>
        <source>Listing {sku} was changed elsewhere after you opened it (at {when}). Close the editor and open the listing again to see that change; nothing was saved.</source>
        <translation>商品 {sku} 在您打开后已在别处被修改（{when}）。请关闭编辑器并重新打开该商品以查看更改；本次未保存任何内容。</translation>
    </message>
    <message>
        <source>Offer {offer}: that marketplace account is gone.</source>
        <translation>刊登 {offer}：该平台账号已不存在。</translation>
    </message>
</context>
<context>
    <name>loyalty</name>
    <message>
        <source>Give the points as a whole number other than 0 (negative to take points away).</source>
        <translation>积分须为非 0 的整数（负数表示扣除积分）。</translation>
    </message>
    <message>
        <source>At most {limit} points can be granted at once.</source>
        <translation>单次最多可发放 {limit} 积分。</translation>
    </message>
    <message>
        <source>Say why the points are granted (a review, a referral).</source>
        <translation>请说明发放积分的原因（如评价、推荐）。</translation>
    </message>
    <message>
        <source>A reason can hold at most {limit} characters.</source>
        <translation>原因最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{name} was merged into another customer; grant the points there.</source>
        <translation>{name} 已合并到其他客户，请向该客户发放积分。</translation>
    </message>
    <message>
        <source>Earned on an order</source>
        <translation>下单获得</translation>
    </message>
    <message>
        <source>Earned on order %1</source>
        <translation>订单 %1 获得</translation>
    </message>
    <message>
        <source>Refund on an order</source>
        <translation>订单退款扣回</translation>
    </message>
    <message>
        <source>Refund on order %1</source>
        <translation>订单 %1 退款扣回</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Expired (earned on %1)</source>
        <translation>已过期（获得于 %1）</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>等级变为 %1</translation>
    </message>
    <message>
        <source>Granted: %1</source>
        <translation>发放：%1</translation>
    </message>
    <message>
        <source>Top tier</source>
        <translation>已是最高等级</translation>
    </message>
    <message>
        <source>%1 more to reach %2</source>
        <translation>再消费 %1 可升至 %2</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Spent in the last 12 months</source>
        <translation>近 12 个月消费额</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>下一等级</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <source>%1 points, from %2</source>
        <translation>%1 积分，%2 起过期</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>会员与积分</translation>
    </message>
    <message>
        <source>Grant points…</source>
        <translation>发放积分…</translation>
    </message>
    <message>
        <source>No points yet.</source>
        <translation>暂无积分。</translation>
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
    <name>offers</name>
    <message>
        <source>Account</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Marketplace id</source>
        <translation>平台商品 ID</translation>
    </message>
    <message>
        <source>Title there (if different)</source>
        <translation>平台上的标题（如不同）</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Keep back (qty)</source>
        <translation>保留数量</translation>
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
    <name>pricing</name>
    <message>
        <source>Marketplace fee</source>
        <translation>平台手续费</translation>
    </message>
    <message>
        <source>Payment fee</source>
        <translation>支付手续费</translation>
    </message>
    <message>
        <source>Target margin</source>
        <translation>目标利润率</translation>
    </message>
    <message>
        <source>Minimum margin</source>
        <translation>最低利润率</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>增值税</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Fixed fee per order</source>
        <translation>每单固定费用</translation>
    </message>
    <message>
        <source>Price ending</source>
        <translation>价格尾数</translation>
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
    <name>profit</name>
    <message>
        <source>All</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Updating loyalty points</source>
        <translation>正在更新积分</translation>
    </message>
    <message>
        <source>Asking rate providers</source>
        <translation>正在查询汇率来源</translation>
    </message>
    <message>
        <source>Rates stored</source>
        <translation>汇率已保存</translation>
    </message>
    <message>
        <source>Writing new prices</source>
        <translation>正在写入新价格</translation>
    </message>
    <message>
        <source>Checking margins against today&apos;s rates</source>
        <translation>正在按今天的汇率检查利润率</translation>
    </message>
    <message>
        <source>Working out new prices</source>
        <translation>正在计算新价格</translation>
    </message>
    <message>
        <source>Working out the profit of each order</source>
        <translation>正在计算每个订单的利润</translation>
    </message>
    <message>
        <source>Looking parcels up</source>
        <translation>正在查询包裹</translation>
    </message>
    <message>
        <source>Registering new tracking numbers</source>
        <translation>正在注册新的物流单号</translation>
    </message>
</context>
<context>
    <name>rates</name>
    <message>
        <source>ECB</source>
        <translation>欧洲央行（ECB）</translation>
    </message>
    <message>
        <source>Frankfurter</source>
        <translation>Frankfurter</translation>
    </message>
    <message>
        <source>forex-python</source>
        <translation>forex-python</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Rates of %1 from %2: %3 new, %4 changed, %5 unchanged.</source>
        <translation>%2 提供的 %1 汇率：新增 %3 条，变更 %4 条，未变 %5 条。</translation>
    </message>
    <message>
        <source>%1 failed first: %2</source>
        <translation>%1 获取失败（已改用下一个来源）：%2</translation>
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
    <name>reprice</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Old price</source>
        <translation>原价</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>新价</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Old margin</source>
        <translation>原利润率</translation>
    </message>
    <message>
        <source>New margin</source>
        <translation>新利润率</translation>
    </message>
    <message>
        <source>Without VAT</source>
        <translation>不含增值税</translation>
    </message>
    <message>
        <source>With VAT</source>
        <translation>含增值税</translation>
    </message>
    <message>
        <source>Rate used</source>
        <translation>所用汇率</translation>
    </message>
    <message>
        <source>Apply this row</source>
        <translation>应用此行</translation>
    </message>
    <message>
        <source>Raised to the next price ending to keep the minimum margin of %1</source>
        <translation>已上调至下一个价格尾数，以保持 %1 的最低利润率</translation>
    </message>
    <message>
        <source>Minimum margin in %1: %2</source>
        <translation>%1 的最低利润率：%2</translation>
    </message>
    <message>
        <source>%1 %2 per %3, rate of %4 (%5)</source>
        <translation>1 %3 = %1 %2，%4 的汇率（%5）</translation>
    </message>
    <message>
        <source>This rate is %1 business days old.</source>
        <translation>此汇率已过 %1 个工作日。</translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <source>There are no customers to fit the model on yet.</source>
        <translation>暂无可用于拟合模型的客户。</translation>
    </message>
    <message>
        <source>The purchase counts and times given to the model are not consistent.</source>
        <translation>提供给模型的购买次数与时间不一致。</translation>
    </message>
    <message>
        <source>One order so far, {days} days ago; {percent}% of buyers at this point still come back for a second order.</source>
        <translation>目前只下过 1 单，在 {days} 天前；处于此阶段的买家中仍有 {percent}% 会再次下单。</translation>
    </message>
    <message>
        <source>One order so far, placed {when}; {percent}% of buyers at this point still come back for a second order.</source>
        <translation>目前只下过 1 单，于{when}下单；处于此阶段的买家中仍有 {percent}% 会再次下单。</translation>
    </message>
    <message>
        <source>One order, {days} days ago; only {percent}% of buyers who have waited this long come back.</source>
        <translation>只下过 1 单，在 {days} 天前；间隔这么久的买家只有 {percent}% 会再次下单。</translation>
    </message>
    <message>
        <source>One order, {days} days ago; buyers who have waited this long hardly ever come back.</source>
        <translation>只下过 1 单，在 {days} 天前；间隔这么久的买家几乎不会再下单。</translation>
    </message>
    <message>
        <source>Last order {days} days ago; usually buys every {cycle} days, so the next one is not due yet.</source>
        <translation>最近一次下单在 {days} 天前；通常每 {cycle} 天购买一次，还没到下次购买的时候。</translation>
    </message>
    <message>
        <source>Last order {when}; usually buys every {cycle} days, so the next one is not due yet.</source>
        <translation>最近一次下单在{when}；通常每 {cycle} 天购买一次，还没到下次购买的时候。</translation>
    </message>
    <message>
        <source>No order for {days} days; usually buys every {cycle} days.</source>
        <translation>已 {days} 天未下单；通常每 {cycle} 天购买一次。</translation>
    </message>
    <message>
        <source>No order for {days} days, about {times} times the usual {cycle} days between orders.</source>
        <translation>已 {days} 天未下单，约为平时下单间隔（{cycle} 天）的 {times} 倍。</translation>
    </message>
    <message>
        <source>Last order {days} days ago.</source>
        <translation>最近一次下单在 {days} 天前。</translation>
    </message>
    <message>
        <source>Last order {when}.</source>
        <translation>最近一次下单在{when}。</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Fewer than 200 customers stand behind this model: treat its figures as rough.</source>
        <translation>此模型所依据的客户不足 200 位：其数据仅供粗略参考。</translation>
    </message>
    <message>
        <source>Less than 90 days of history stand behind this model: treat its figures as rough.</source>
        <translation>此模型所依据的历史数据不足 90 天：其数据仅供粗略参考。</translation>
    </message>
    <message>
        <source>Spend per order varies too much between customers to be modelled: the average repeat order value is used for everyone.</source>
        <translation>不同客户的每单消费额差异过大，无法建模：所有客户均按复购订单的平均金额计算。</translation>
    </message>
    <message>
        <source>Too few repeat customers to model spend per order: the average repeat order value is used for everyone.</source>
        <translation>复购客户太少，无法对每单消费额建模：所有客户均按复购订单的平均金额计算。</translation>
    </message>
    <message>
        <source>Lifetime value needs a horizon of 0 months or more, a yearly discount rate above -100% and a finite margin.</source>
        <translation>计算客户终身价值需要 0 个月或以上的预测期、高于 -100% 的年折现率，以及有限的利润率。</translation>
    </message>
    <message>
        <source>There are no repeat customers to fit the spend model on yet.</source>
        <translation>暂无可用于拟合消费模型的复购客户。</translation>
    </message>
    <message>
        <source>The model&apos;s calibration must end on or before the as-of date.</source>
        <translation>模型的校准期必须在统计截止日期当天或之前结束。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客</translation>
    </message>
    <message>
        <source>Growing</source>
        <translation>成长期</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>成熟期</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>衰退期</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>铜卡</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Potential loyalist</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>需关注客户</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>即将沉睡客户</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>风险客户</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>不容流失客户</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失客户</translation>
    </message>
</context>
<context>
    <name>returns</name>
    <message>
        <source>A refund must be more than zero.</source>
        <translation>退款金额必须大于零。</translation>
    </message>
    <message>
        <source>A refund of {amount} is more than the {left} still refundable on this order.</source>
        <translation>退款 {amount} 超过了此订单仍可退款的 {left}。</translation>
    </message>
    <message>
        <source>A return window is from 0 to {limit} days, not {days}.</source>
        <translation>退货期限应为 0 到 {limit} 天，而不是 {days} 天。</translation>
    </message>
    <message>
        <source>A restocking fee is from 0 to 100 %, not {pct} %.</source>
        <translation>重新上架费应为 0 到 100%，而不是 {pct}%。</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Awaiting item</source>
        <translation>等待退回商品</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已换新</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>已换货</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>已发放店铺余额</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>商品损坏</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>发错商品</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <source>Size or fit</source>
        <translation>尺寸或合身问题</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>改变主意</translation>
    </message>
    <message>
        <source>Arrived late</source>
        <translation>送达太晚</translation>
    </message>
    <message>
        <source>Lost in transit</source>
        <translation>运输途中丢失</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>换新</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>店铺余额</translation>
    </message>
    <message>
        <source>Refund without return</source>
        <translation>仅退款不退货</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>重新入库</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>A return that is {state} cannot become {target}.</source>
        <translation>处于“{state}”状态的退货不能变为“{target}”。</translation>
    </message>
    <message>
        <source>Say for every returned item whether it goes back in stock or is written off.</source>
        <translation>请为每件退回的商品选择重新入库或报废。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>Store credit of {amount} is more than the {paid} paid for the order.</source>
        <translation>店铺余额 {amount} 超过了订单实付的 {paid}。</translation>
    </message>
    <message>
        <source>Seller Desk has no exchange rate from {currency} to {base}; add one under Rates first.</source>
        <translation>Seller Desk 没有从 {currency} 到 {base} 的汇率；请先在“汇率”中添加。</translation>
    </message>
    <message>
        <source>Choose at least one item to return.</source>
        <translation>请至少选择一件要退回的商品。</translation>
    </message>
    <message>
        <source>Line {line} is not on order {order}.</source>
        <translation>第 {line} 行不在订单 {order} 中。</translation>
    </message>
    <message>
        <source>{sku}: {asked} asked for, but only {left} of {bought} bought can still be returned.</source>
        <translation>{sku}：申请退回 {asked} 件，但购买的 {bought} 件中只剩 {left} 件可以退回。</translation>
    </message>
    <message>
        <source>Unknown {what}: {value}</source>
        <translation>未知的 {what}：{value}</translation>
    </message>
    <message>
        <source>Say which SKU the customer gets in exchange.</source>
        <translation>请填写顾客换货所得的 SKU。</translation>
    </message>
    <message>
        <source>Use {step} for this: it records the money and stock with the move.</source>
        <translation>请使用“{step}”：它会在变更状态的同时记录金额和库存。</translation>
    </message>
    <message>
        <source>Items without a listing</source>
        <translation>未关联商品的项目</translation>
    </message>
    <message>
        <source>Choose why the customer returns the items.</source>
        <translation>请选择顾客退货的原因。</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not an amount.</source>
        <translation>{field}：“{text}”不是有效的金额。</translation>
    </message>
    <message>
        <source>{field}: {currency} amounts have {digits} decimals at most, not “{text}”.</source>
        <translation>{field}：{currency} 金额最多保留 {digits} 位小数，“{text}”不符合要求。</translation>
    </message>
    <message>
        <source>{field} cannot be below zero.</source>
        <translation>{field} 不能小于零。</translation>
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
    <message>
        <source>Sync every (minutes)</source>
        <translation>同步间隔（分钟）</translation>
    </message>
    <message>
        <source>While Seller Desk is open, the accounts set to sync automatically; 0 syncs only when you ask.</source>
        <translation>Seller Desk 打开期间，设为自动同步的账户按此间隔同步；设为 0 则仅在你手动操作时同步。</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>The shop&apos;s time zone, which decides an order&apos;s day and month (Europe/Berlin); empty uses this computer&apos;s.</source>
        <translation>店铺所在时区，用于确定订单所属的日期和月份（如 Asia/Shanghai）；留空则使用本机时区。</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>本机所在时区</translation>
    </message>
    <message>
        <source>Shortest repurchase cycle (days)</source>
        <translation>最短复购周期（天）</translation>
    </message>
    <message>
        <source>The shop&apos;s repurchase cycle is never taken as shorter.</source>
        <translation>店铺的复购周期不会短于此值。</translation>
    </message>
    <message>
        <source>Churned after (cycles)</source>
        <translation>判定流失（周期数）</translation>
    </message>
    <message>
        <source>A customer has churned after this many repurchase cycles without an order…</source>
        <translation>客户连续这么多个复购周期未下单，即判定为流失…</translation>
    </message>
    <message>
        <source>…and at least (days)</source>
        <translation>…且至少（天）</translation>
    </message>
    <message>
        <source>…and never sooner than this many days.</source>
        <translation>…且未下单天数不少于此值。</translation>
    </message>
    <message>
        <source>Declining after (own cycles)</source>
        <translation>判定衰退（自身周期数）</translation>
    </message>
    <message>
        <source>A customer is declining when the time since the last order passes this many of their own cycles.</source>
        <translation>客户距最近一次下单的时间超过其自身复购周期的这么多倍时，判定为衰退期。</translation>
    </message>
    <message>
        <source>Mature from (orders)</source>
        <translation>成熟期最少订单数</translation>
    </message>
    <message>
        <source>Orders a mature customer has placed at least.</source>
        <translation>成熟期客户至少已下的订单数。</translation>
    </message>
    <message>
        <source>Mature after (days)</source>
        <translation>成熟期最少天数</translation>
    </message>
    <message>
        <source>Days since a mature customer&apos;s first order, at least.</source>
        <translation>成熟期客户距首次下单至少经过的天数。</translation>
    </message>
    <message>
        <source>Lifetime value horizon (months)</source>
        <translation>终身价值预测期（月）</translation>
    </message>
    <message>
        <source>How far ahead lifetime value looks.</source>
        <translation>客户终身价值向后预测的时长。</translation>
    </message>
    <message>
        <source>Discount rate (% a year)</source>
        <translation>年折现率（%）</translation>
    </message>
    <message>
        <source>Money later is worth less: future spend is discounted at this yearly rate.</source>
        <translation>未来的钱不如现在值钱：未来消费按此年折现率折现。</translation>
    </message>
    <message>
        <source>Contribution margin (%)</source>
        <translation>贡献利润率（%）</translation>
    </message>
    <message>
        <source>The share of spend the shop keeps; empty uses the margin measured from listing costs.</source>
        <translation>店铺从消费额中实际留下的比例；留空则使用根据商品成本测算的利润率。</translation>
    </message>
    <message>
        <source>Measured from listing costs</source>
        <translation>按商品成本测算</translation>
    </message>
    <message>
        <source>Points per unit spent</source>
        <translation>每消费 1 单位所得积分</translation>
    </message>
    <message>
        <source>Points earned per whole unit of the base currency spent.</source>
        <translation>每消费 1 个整单位本位币可获得的积分。</translation>
    </message>
    <message>
        <source>Points expire after (months)</source>
        <translation>积分有效期（月）</translation>
    </message>
    <message>
        <source>0 keeps points for ever.</source>
        <translation>0 表示积分永不过期。</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Tier names and the spend over the last 12 months (base currency) each needs, lowest first: Bronze: 0, Silver: 500.</source>
        <translation>各会员等级的名称及所需的近 12 个月消费额（本位币），从低到高填写：铜卡: 0, 银卡: 500。</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存分析</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>会员与积分</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>定价</translation>
    </message>
    <message>
        <source>Shipments and tracking</source>
        <translation>货件与物流跟踪</translation>
    </message>
    <message>
        <source>Marketplace accounts</source>
        <translation>平台账户</translation>
    </message>
    <message>
        <source>Rate providers</source>
        <translation>汇率来源</translation>
    </message>
    <message>
        <source>Asked in this order until one answers: ecb, frankfurter, forex-python.</source>
        <translation>按此顺序查询，直到有来源响应：ecb, frankfurter, forex-python。</translation>
    </message>
    <message>
        <source>Rates are old after (business days)</source>
        <translation>汇率过期天数（工作日）</translation>
    </message>
    <message>
        <source>A rate older than this is flagged as out of date.</source>
        <translation>超过此天数的汇率会被标记为过期。</translation>
    </message>
    <message>
        <source>ECB address</source>
        <translation>欧洲央行地址</translation>
    </message>
    <message>
        <source>Where the ECB reference rates are read; $SELLER_DESK_ECB_URL wins.</source>
        <translation>读取欧洲央行参考汇率的地址；如设置了 $SELLER_DESK_ECB_URL，则以其为准。</translation>
    </message>
    <message>
        <source>Frankfurter address</source>
        <translation>Frankfurter 地址</translation>
    </message>
    <message>
        <source>The Frankfurter v1 API; $SELLER_DESK_FRANKFURTER_URL wins.</source>
        <translation>Frankfurter v1 API；如设置了 $SELLER_DESK_FRANKFURTER_URL，则以其为准。</translation>
    </message>
    <message>
        <source>forex-python address</source>
        <translation>forex-python 地址</translation>
    </message>
    <message>
        <source>The source forex-python reads; $SELLER_DESK_FOREX_PYTHON_URL wins.</source>
        <translation>forex-python 读取的数据源；如设置了 $SELLER_DESK_FOREX_PYTHON_URL，则以其为准。</translation>
    </message>
    <message>
        <source>Price endings</source>
        <translation>价格尾数</translation>
    </message>
    <message>
        <source>How shelf prices end, per currency: USD=.99 ends in .99, JPY=10 is a whole multiple of 10, CHF=0.05 a multiple of 0.05. Others round to the cent.</source>
        <translation>各币种标价的尾数：USD=.99 表示以 .99 结尾，JPY=10 表示取 10 的整数倍，CHF=0.05 表示取 0.05 的倍数。其他币种精确到分。</translation>
    </message>
    <message>
        <source>Empty: every price rounds to the cent</source>
        <translation>留空：所有价格精确到分</translation>
    </message>
    <message>
        <source>Rate-move alert (%)</source>
        <translation>汇率变动提醒（%）</translation>
    </message>
    <message>
        <source>Flag a listing when a rate moved more than this since its price was set and its margin fell below the market&apos;s minimum.</source>
        <translation>设定价格后，如果汇率变动超过此比例，且利润率低于该市场的最低利润率，就标记该商品。</translation>
    </message>
    <message>
        <source>Tracking service</source>
        <translation>物流查询服务</translation>
    </message>
    <message>
        <source>Looks parcels up with the carriers; its API key is kept in your system&apos;s keyring.</source>
        <translation>向各承运商查询包裹物流；其 API 密钥保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Refresh tracking every (minutes)</source>
        <translation>物流自动刷新间隔（分钟）</translation>
    </message>
    <message>
        <source>While Seller Desk is open; 0 refreshes only when you ask.</source>
        <translation>在 Seller Desk 打开期间有效；设为 0 则仅在手动操作时刷新。</translation>
    </message>
    <message>
        <source>17TRACK requests per second</source>
        <translation>17TRACK 每秒请求数</translation>
    </message>
    <message>
        <source>17TRACK allows 3 a second on a standard key; raise it only if your plan allows more.</source>
        <translation>17TRACK 标准密钥每秒允许 3 次请求；仅当您的套餐允许更多时才调高。</translation>
    </message>
    <message>
        <source>Stuck after (days without news)</source>
        <translation>滞留判定（无更新天数）</translation>
    </message>
    <message>
        <source>A parcel with no new scan for this many days is flagged as stuck.</source>
        <translation>包裹超过此天数没有新的物流轨迹时，将被标记为滞留。</translation>
    </message>
    <message>
        <source>Stuck after, per destination</source>
        <translation>各目的地滞留判定</translation>
    </message>
    <message>
        <source>Countries where parcels go quiet longer (or shorter), as CODE=days: BR=15, US=5.</source>
        <translation>包裹无物流更新时间通常较长（或较短）的国家/地区，格式为“代码=天数”：BR=15, US=5。</translation>
    </message>
    <message>
        <source>Empty: the same everywhere</source>
        <translation>留空：所有地区相同</translation>
    </message>
    <message>
        <source>Delivery promised within (days)</source>
        <translation>承诺送达时效（天）</translation>
    </message>
    <message>
        <source>From the ship date; a parcel delivered later is flagged late.</source>
        <translation>从发货日期起算；晚于此时效签收的包裹将被标记为逾期。</translation>
    </message>
    <message>
        <source>Delivery promise, per destination</source>
        <translation>各目的地承诺时效</translation>
    </message>
    <message>
        <source>Countries with a different promise, as CODE=days: US=7, AU=20.</source>
        <translation>承诺时效不同的国家/地区，格式为“代码=天数”：US=7, AU=20。</translation>
    </message>
    <message>
        <source>17TRACK address</source>
        <translation>17TRACK 地址</translation>
    </message>
    <message>
        <source>The 17TRACK v2.2 API; $SELLER_DESK_17TRACK_URL wins.</source>
        <translation>17TRACK v2.2 API；如设置了 $SELLER_DESK_17TRACK_URL，则以其为准。</translation>
    </message>
    <message>
        <source>AfterShip address</source>
        <translation>AfterShip 地址</translation>
    </message>
    <message>
        <source>The AfterShip tracking API (a dated version); $SELLER_DESK_AFTERSHIP_URL wins.</source>
        <translation>AfterShip 物流跟踪 API（带日期的版本）；如设置了 $SELLER_DESK_AFTERSHIP_URL，则以其为准。</translation>
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
    <name>shipments</name>
    <message>
        <source>Order {order} is {status}: nothing to ship.</source>
        <translation>订单 {order} 为“{status}”状态：没有需要发货的商品。</translation>
    </message>
    <message>
        <source>Type the tracking number.</source>
        <translation>请输入物流单号。</translation>
    </message>
    <message>
        <source>Choose the carrier or type its name.</source>
        <translation>请选择承运商或输入其名称。</translation>
    </message>
    <message>
        <source>{number} is already on order {order}.</source>
        <translation>{number} 已登记在订单 {order} 中。</translation>
    </message>
    <message>
        <source>Line {line} is not on order {order}.</source>
        <translation>第 {line} 行不在订单 {order} 中。</translation>
    </message>
    <message>
        <source>{sku}: {asked} in this parcel, but only {left} of {bought} are not shipped yet.</source>
        <translation>{sku}：本包裹填写了 {asked} 件，但购买的 {bought} 件中只有 {left} 件尚未发货。</translation>
    </message>
    <message>
        <source>Every item of order {order} has shipped already.</source>
        <translation>订单 {order} 的所有商品均已发货。</translation>
    </message>
    <message>
        <source>The weight must be from 1 g to 1,000 kg.</source>
        <translation>重量必须在 1 g 到 1,000 kg 之间。</translation>
    </message>
    <message>
        <source>The label&apos;s cost cannot be below zero.</source>
        <translation>运单费用不能小于零。</translation>
    </message>
    <message>
        <source>The promised date {promised} is before the ship date {shipped}.</source>
        <translation>承诺送达日 {promised} 早于发货日期 {shipped}。</translation>
    </message>
    <message>
        <source>This shipment came from {marketplace}; change it there and sync again.</source>
        <translation>此货件来自 {marketplace}；请在该平台上修改后重新同步。</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
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
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Type the number of the order this parcel is for.</source>
        <translation>请输入此包裹对应的订单号。</translation>
    </message>
    <message>
        <source>Put at least one item in the parcel.</source>
        <translation>包裹中至少需要放入一件商品。</translation>
    </message>
    <message>
        <source>There is no order numbered {number}.</source>
        <translation>没有订单号为 {number} 的订单。</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
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
<context>
    <name>sync</name>
    <message>
        <source>Admin API access token</source>
        <translation>Admin API 访问令牌</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer key（用户密钥）</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer secret（用户私钥）</translation>
    </message>
    <message>
        <source>App keystring</source>
        <translation>应用 keystring</translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation>共享密钥</translation>
    </message>
    <message>
        <source>OAuth refresh token</source>
        <translation>OAuth 刷新令牌</translation>
    </message>
    <message>
        <source>App ID (client id)</source>
        <translation>App ID（客户端 ID）</translation>
    </message>
    <message>
        <source>Cert ID (client secret)</source>
        <translation>Cert ID（客户端密钥）</translation>
    </message>
    <message>
        <source>User refresh token</source>
        <translation>用户刷新令牌</translation>
    </message>
    <message>
        <source>Could not reach {marketplace} at {url} ({reason}).</source>
        <translation>无法连接 {marketplace}（{url}）：{reason}。</translation>
    </message>
    <message>
        <source>{marketplace} did not answer within {seconds} seconds.</source>
        <translation>{marketplace} 在 {seconds} 秒内没有响应。</translation>
    </message>
    <message>
        <source>{marketplace} answered HTTP {status} for {url}.</source>
        <translation>{marketplace} 对 {url} 返回了 HTTP {status}。</translation>
    </message>
    <message>
        <source>{marketplace} sent an answer this app cannot read: {reason}.</source>
        <translation>{marketplace} 返回的内容本应用无法读取：{reason}。</translation>
    </message>
    <message>
        <source>{marketplace} still refused calls as too frequent after {attempts} tries; try again in a few minutes.</source>
        <translation>{marketplace} 在尝试 {attempts} 次后仍以请求过于频繁为由拒绝；请几分钟后再试。</translation>
    </message>
    <message>
        <source>{marketplace} refused the credentials ({reason}); check them in Settings → Accounts.</source>
        <translation>{marketplace} 拒绝了凭据（{reason}）；请在“设置 → 账户”中检查。</translation>
    </message>
    <message>
        <source>No credentials are stored for this {marketplace} account; enter them in Settings → Accounts.</source>
        <translation>此 {marketplace} 账户尚未保存凭据，请在“设置 → 账户”中填写。</translation>
    </message>
    <message>
        <source>{marketplace} does not let these credentials do this ({reason}); give the app the permission in your {marketplace} admin.</source>
        <translation>{marketplace} 不允许这些凭据执行此操作（{reason}）；请在 {marketplace} 后台为应用授予该权限。</translation>
    </message>
    <message>
        <source>{marketplace} has no such address: {url}. Check the store address.</source>
        <translation>{marketplace} 上没有这个地址：{url}。请检查店铺地址。</translation>
    </message>
    <message>
        <source>{marketplace} refused the request: {reason}.</source>
        <translation>{marketplace} 拒绝了请求：{reason}。</translation>
    </message>
    <message>
        <source>{marketplace} sent {what} {id} that cannot be read: {reason}.</source>
        <translation>{marketplace} 发来的{what} {id} 无法读取：{reason}。</translation>
    </message>
    <message>
        <source>The store address must start with https:// (plain http is allowed only for this computer&apos;s own addresses): {url}</source>
        <translation>店铺地址必须以 https:// 开头（仅本机地址可用 http）：{url}</translation>
    </message>
    <message>
        <source>{marketplace} does not let an app change {what} this way.</source>
        <translation>{marketplace} 不允许应用以这种方式修改{what}。</translation>
    </message>
    <message>
        <source>There is already an account called {name}.</source>
        <translation>已有名为 {name} 的账户。</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>请为账户命名。</translation>
    </message>
    <message>
        <source>Give the store&apos;s address (https://…).</source>
        <translation>请填写店铺地址（https://…）。</translation>
    </message>
    <message>
        <source>{marketplace} cannot be synced; choose Shopify, WooCommerce, Etsy or eBay.</source>
        <translation>{marketplace} 无法同步；请选择 Shopify、WooCommerce、Etsy 或 eBay。</translation>
    </message>
    <message>
        <source>The credentials lack {field}.</source>
        <translation>凭据缺少 {field}。</translation>
    </message>
    <message>
        <source>Cannot read the credentials: write them as key=value pairs separated by &apos;;&apos; ({keys}).</source>
        <translation>无法读取凭据：请写成以“;”分隔的 key=value 对（{keys}）。</translation>
    </message>
    <message>
        <source>There is no connected account called {name}.</source>
        <translation>没有名为 {name} 的已连接账户。</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
    <message>
        <source>That conflict was settled or removed already.</source>
        <translation>该冲突已处理或已被删除。</translation>
    </message>
    <message>
        <source>That item is no longer in the store&apos;s list; sync again.</source>
        <translation>该商品已不在店铺的列表中，请重新同步。</translation>
    </message>
    <message>
        <source>There is no listing with SKU {sku}.</source>
        <translation>没有 SKU 为 {sku} 的商品。</translation>
    </message>
    <message>
        <source>No exchange rate from {currency} to {base} is known for {day}; fetch rates, then sync again.</source>
        <translation>{day} 没有 {currency} 兑 {base} 的汇率；请先获取汇率，再重新同步。</translation>
    </message>
    <message>
        <source>An unexpected error ({error}) stopped this account&apos;s sync; the log file has the details. The other accounts sync as usual.</source>
        <translation>意外错误（{error}）中止了此账户的同步，详情见日志文件。其他账户照常同步。</translation>
    </message>
    <message>
        <source>Reading orders…</source>
        <translation>正在读取订单…</translation>
    </message>
    <message>
        <source>Reading products…</source>
        <translation>正在读取商品…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>正在发送更改…</translation>
    </message>
</context>
<context>
    <name>tracking</name>
    <message>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>挂号</translation>
    </message>
    <message>
        <source>Tracked letter</source>
        <translation>可跟踪信函</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Untracked letter</source>
        <translation>不可跟踪信函</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>保价</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>其他服务</translation>
    </message>
    <message>
        <source>Going back to you</source>
        <translation>退回中</translation>
    </message>
    <message>
        <source>Problem with delivery</source>
        <translation>派送异常</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>滞留</translation>
    </message>
    <message>
        <source>Past the promised date</source>
        <translation>已超承诺送达日</translation>
    </message>
    <message>
        <source>Delivered late</source>
        <translation>逾期签收</translation>
    </message>
    <message>
        <source>Not found yet</source>
        <translation>暂未查到</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>已生成运单</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>派送中</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待取件</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>投递失败</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Tracking expired</source>
        <translation>跟踪已过期</translation>
    </message>
    <message>
        <source>UPU S10 (postal)</source>
        <translation>UPU S10（邮政）</translation>
    </message>
    <message>
        <source>UPS 1Z</source>
        <translation>UPS 1Z</translation>
    </message>
    <message>
        <source>UPS waybill</source>
        <translation>UPS 运单号</translation>
    </message>
    <message>
        <source>USPS IMpb (22 digits)</source>
        <translation>USPS IMpb（22 位数字）</translation>
    </message>
    <message>
        <source>USPS IMpb (26 digits)</source>
        <translation>USPS IMpb（26 位数字）</translation>
    </message>
    <message>
        <source>USPS (20 digits)</source>
        <translation>USPS（20 位数字）</translation>
    </message>
    <message>
        <source>FedEx Express (12 digits)</source>
        <translation>FedEx Express（12 位数字）</translation>
    </message>
    <message>
        <source>FedEx Ground (15 digits)</source>
        <translation>FedEx Ground（15 位数字）</translation>
    </message>
    <message>
        <source>FedEx (22 digits, 96…)</source>
        <translation>FedEx（22 位数字，96…）</translation>
    </message>
    <message>
        <source>FedEx barcode (34 digits)</source>
        <translation>FedEx 条码（34 位数字）</translation>
    </message>
    <message>
        <source>DHL Express (10 digits)</source>
        <translation>DHL Express（10 位数字）</translation>
    </message>
    <message>
        <source>DHL Express (11 digits)</source>
        <translation>DHL Express（11 位数字）</translation>
    </message>
    <message>
        <source>Enter a tracking number.</source>
        <translation>请输入物流单号。</translation>
    </message>
    <message>
        <source>A tracking number has only letters A–Z and digits, but {number} also has {characters}.</source>
        <translation>物流单号只能包含字母 A–Z 和数字，但 {number} 还包含 {characters}。</translation>
    </message>
    <message>
        <source>{number} is too short for a tracking number: it has {length} characters, and tracking numbers have at least {minimum}.</source>
        <translation>{number} 作为物流单号过短：它有 {length} 个字符，而物流单号至少为 {minimum} 个字符。</translation>
    </message>
    <message>
        <source>{number} is too long for a tracking number: it has {length} characters, and tracking numbers have at most {maximum}.</source>
        <translation>{number} 作为物流单号过长：它有 {length} 个字符，而物流单号最多为 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>{number} has {length} characters, a form none of the carriers this app knows uses, so it cannot be checked offline.</source>
        <translation>{number} 有 {length} 个字符，不符合本应用已知的任何承运商的单号格式，因此无法离线校验。</translation>
    </message>
    <message>
        <source>Looks like a {format} number, but the last digit should be {expected}, not {typed}: a typo?</source>
        <translation>看起来是 {format} 单号，但最后一位数字应为 {expected}，而不是 {typed}：是否输入有误？</translation>
    </message>
    <message>
        <source>Looks like a {format} number, but the last digit should be {expected} or {other}, not {typed}: a typo?</source>
        <translation>看起来是 {format} 单号，但最后一位数字应为 {expected} 或 {other}，而不是 {typed}：是否输入有误？</translation>
    </message>
    <message>
        <source>Looks like a {format} number, but the digit before the last two letters should be {expected}, not {typed}: a typo?</source>
        <translation>看起来是 {format} 单号，但末尾两个字母前的数字应为 {expected}，而不是 {typed}：是否输入有误？</translation>
    </message>
    <message>
        <source>Looks like a {format} number, but it ends in {country}, which is not a country code: postal numbers end in the letters of the country they were sent from, such as CN.</source>
        <translation>看起来是 {format} 单号，但它以 {country} 结尾，而这不是国家/地区代码：邮政单号以寄出国家/地区的字母代码结尾，例如 CN。</translation>
    </message>
</context>
</TS>
