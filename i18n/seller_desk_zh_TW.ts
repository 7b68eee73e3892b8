<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Name, email or phone…</source>
        <translation>姓名、電子郵件或電話…</translation>
    </message>
    <message>
        <source>Finds customers whose name, email or phone number starts with what you type. The period filter is the date of their first order; the currency filter, the currency they pay in.</source>
        <translation>搜尋姓名、電子郵件或電話號碼以輸入內容開頭的顧客。期間篩選以顧客的首次訂購日期為準，幣別篩選則以顧客的付款幣別為準。</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>顧客：%1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>First seen on</source>
        <translation>來源商店</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>建立日期</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>消費金額</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首次訂購</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近訂購</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>總覽</translation>
    </message>
    <message>
        <source>Revenue, last 30 days</source>
        <translation>近 30 天營收</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>平均訂單金額</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新顧客</translation>
    </message>
    <message>
        <source>Returning customers</source>
        <translation>回購顧客</translation>
    </message>
    <message>
        <source>Top listings, last 30 days</source>
        <translation>近 30 天熱銷商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>銷量</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>no sales in the 30 days before</source>
        <translation>前 30 天無銷售</translation>
    </message>
    <message>
        <source>%1 vs the 30 days before</source>
        <translation>較前 30 天 %1</translation>
    </message>
    <message>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 – %2，與 %3 – %4 比較</translation>
    </message>
    <message>
        <source>No sales in the last 30 days yet.</source>
        <translation>近 30 天尚無銷售。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Active listings</source>
        <translation>上架中商品</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已封存</translation>
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
        <translation>全部國家/地區</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>全部幣別</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 個月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自訂日期</translation>
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
        <translation>SKU 或標題…</translation>
    </message>
    <message>
        <source>Finds listings whose SKU or title starts with what you type. The currency filter is the currency of an offer.</source>
        <translation>搜尋 SKU 或標題以輸入內容開頭的商品。幣別篩選以商品在各平台刊登的售價幣別為準。</translation>
    </message>
    <message>
        <source>Listings: %1</source>
        <translation>商品：%1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>Variant of</source>
        <translation>主商品 SKU</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>現有庫存</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 公克</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立日期</translation>
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
        <translation>商店</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售價</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Working…</source>
        <translation>處理中…</translation>
    </message>
    <message>
        <source>Database: %1 · %2</source>
        <translation>資料庫：%1 · %2</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已備份至 %1</translation>
    </message>
    <message>
        <source>Backing up… %1%</source>
        <translation>正在備份… %1%</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation>（範例）</translation>
    </message>
    <message>
        <source>%1 — Seller Desk</source>
        <translation>%1 — Seller Desk</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>總覽</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新增資料庫(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>開啟資料庫(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>尋找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Seller Desk</source>
        <translation>關於 Seller Desk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Order number, email, name or SKU…</source>
        <translation>訂單編號、電子郵件、姓名或 SKU…</translation>
    </message>
    <message>
        <source>Finds orders whose number, buyer email, buyer name or a line&apos;s SKU starts with what you type.</source>
        <translation>搜尋訂單編號、買家電子郵件、買家姓名或其中任一品項 SKU 以輸入內容開頭的訂單。</translation>
    </message>
    <message>
        <source>Orders: %1</source>
        <translation>訂單：%1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>訂單 %1</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>下單時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收件地址</translation>
    </message>
    <message>
        <source>Marketplace order id</source>
        <translation>平台訂單編號</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最後更新</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>商品明細</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品項</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>金額摘要</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>商品小計</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>運費</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>稅額</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>In base currency</source>
        <translation>折合本位幣</translation>
    </message>
    <message>
        <source>%1 (rate %2 on the order date)</source>
        <translation>%1（依下單日匯率 %2 換算）</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>商店</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>檔案：%1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>大小：%1</translation>
    </message>
    <message>
        <source>Schema: %1 (this version: %2)</source>
        <translation>資料結構版本：%1（本版軟體：%2）</translation>
    </message>
    <message>
        <source>%1 orders, %2 customers, %3 listings</source>
        <translation>%1 筆訂單、%2 位顧客、%3 項商品</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Rows: %1</source>
        <translation>筆數：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>已顯示：%1</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 · shown: %2</source>
        <translation>%1 · 已顯示：%2</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Seller Desk</source>
        <translation>歡迎使用 Seller Desk</translation>
    </message>
    <message>
        <source>Tell Seller Desk about your shop. The base currency is the one you keep your books in: every total is shown in it. Or look around the demo shop first: it is kept in a separate file, so your own shop stays empty.</source>
        <translation>請填寫您的商店資料。本位幣是您記帳所用的貨幣，所有金額都會換算成本位幣顯示。您也可以先逛逛範例商店：它存放在獨立的檔案中，您自己的商店不會混入範例資料。</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>商店名稱</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>本位幣</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Start my shop</source>
        <translation>建立我的商店</translation>
    </message>
    <message>
        <source>Open the demo shop</source>
        <translation>開啟範例商店</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Database: %1&lt;br&gt;Data folder: %2&lt;br&gt;Log file: %3</source>
        <translation>資料庫：%1&lt;br&gt;資料存放位置：%2&lt;br&gt;記錄檔：%3</translation>
    </message>
    <message>
        <source>About Seller Desk</source>
        <translation>關於 Seller Desk</translation>
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
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Spent (base)</source>
        <translation>消費額（本位幣）</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首次訂購</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近訂購</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>刊登數</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Total (base)</source>
        <translation>本位幣金額</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Seller Desk hit a bug</source>
        <translation>Seller Desk 發生程式錯誤</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your data is safe: unfinished changes were rolled back. The details are in the log file:
%1</source>
        <translation>發生未預期的錯誤。您的資料安全無虞：未完成的變更已還原。詳細資訊請見記錄檔：
%1</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Planning the demo shop</source>
        <translation>正在規劃範例商店</translation>
    </message>
    <message>
        <source>Creating customers</source>
        <translation>正在建立顧客</translation>
    </message>
    <message>
        <source>Creating orders</source>
        <translation>正在建立訂單</translation>
    </message>
    <message>
        <source>Totalling customers</source>
        <translation>正在彙總顧客資料</translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation>正在建立索引</translation>
    </message>
    <message>
        <source>Saving the demo shop</source>
        <translation>正在儲存範例商店</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Unknown currency code: {code}</source>
        <translation>未知的幣別代碼：{code}</translation>
    </message>
    <message>
        <source>Not an amount: {text}</source>
        <translation>不是有效的金額：{text}</translation>
    </message>
    <message>
        <source>The shop name cannot be empty.</source>
        <translation>商店名稱不可空白。</translation>
    </message>
    <message>
        <source>The shop name is longer than {limit} characters.</source>
        <translation>商店名稱不可超過 {limit} 個字元。</translation>
    </message>
    <message>
        <source>Unknown language {code}; choose one of: {choices}.</source>
        <translation>未知的語言 {code}，請從下列選項中選擇：{choices}。</translation>
    </message>
    <message>
        <source>There is no setting called {key}; known: {known}.</source>
        <translation>沒有名為 {key} 的設定項目；可用的設定項目：{known}。</translation>
    </message>
    <message>
        <source>Customer {id} no longer exists.</source>
        <translation>顧客 {id} 已不存在。</translation>
    </message>
    <message>
        <source>The demo shop has no exchange rates for {code}; choose one of: {choices}.</source>
        <translation>範例商店沒有 {code} 的匯率，請從下列幣別中選擇：{choices}。</translation>
    </message>
    <message>
        <source>The demo shop needs at least one order.</source>
        <translation>範例商店至少需要一筆訂單。</translation>
    </message>
    <message>
        <source>The demo shop only fills an empty shop; this one already has stores, listings, customers or orders.</source>
        <translation>範例資料只能填入空白的商店，但目前的商店已有平台帳號、商品、顧客或訂單。</translation>
    </message>
    <message>
        <source>Listing {id} no longer exists.</source>
        <translation>商品 {id} 已不存在。</translation>
    </message>
    <message>
        <source>Order {id} no longer exists.</source>
        <translation>訂單 {id} 已不存在。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何變更。</translation>
    </message>
    <message>
        <source>The base currency cannot change once the shop has orders: their amounts were converted to {current} on their order dates.</source>
        <translation>商店已有訂單，無法再變更本位幣：這些訂單的金額已依各自下單日的匯率換算為 {current}。</translation>
    </message>
    <message>
        <source>Backups from Seller Desk are for database files; back up a server database with its own tools (for PostgreSQL, pg_dump).</source>
        <translation>Seller Desk 的備份功能僅適用於資料庫檔案；伺服器資料庫請使用其本身的工具備份（PostgreSQL 請用 pg_dump）。</translation>
    </message>
    <message>
        <source>Could not write the backup {path}: {reason}</source>
        <translation>無法寫入備份檔 {path}：{reason}</translation>
    </message>
    <message>
        <source>{target} is neither a file path nor a database URL.</source>
        <translation>{target} 既不是檔案路徑，也不是資料庫 URL。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是資料夾，不是資料庫檔案。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>資料夾 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{path} is not a database file; it was left untouched.</source>
        <translation>{path} 不是資料庫檔案，並未對它做任何變更。</translation>
    </message>
    <message>
        <source>Cannot use {url}: {reason}</source>
        <translation>無法使用 {url}：{reason}</translation>
    </message>
    <message>
        <source>Cannot read the database {name}: {reason}</source>
        <translation>無法讀取資料庫 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} holds tables of another program, not a Seller Desk shop; it was left untouched.</source>
        <translation>{name} 內含其他程式的資料表，並非 Seller Desk 商店，並未對它做任何變更。</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Seller Desk (schema {revision}); please update Seller Desk to open it.</source>
        <translation>{name} 是由較新版本的 Seller Desk 建立（資料結構版本 {revision}），請先更新 Seller Desk 再開啟。</translation>
    </message>
</context>
<context>
    <name>marketplace</name>
    <message>
        <source>Manual</source>
        <translation>手動輸入</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Shop name</source>
        <translation>商店名稱</translation>
    </message>
    <message>
        <source>Shown in the title bar and on reports.</source>
        <translation>顯示於標題列與報表中。</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>本位幣</translation>
    </message>
    <message>
        <source>Your home currency: totals and reports are shown in it.</source>
        <translation>您的記帳貨幣：總計金額與報表皆以此幣別顯示。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>The language of the Seller Desk window.</source>
        <translation>Seller Desk 的介面語言。</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>Seller Desk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Seller Desk 資料庫 (*.sqlite3 *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>範例商店</translation>
    </message>
    <message>
        <source>Creating the demo shop…</source>
        <translation>正在建立範例商店…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>New shop database</source>
        <translation>新增商店資料庫</translation>
    </message>
    <message>
        <source>%1 already exists; choose Open to use it.</source>
        <translation>%1 已存在；若要使用，請選擇「開啟資料庫」。</translation>
    </message>
    <message>
        <source>Open shop database</source>
        <translation>開啟商店資料庫</translation>
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
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送達</translation>
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
