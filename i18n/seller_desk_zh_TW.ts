<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CustomersPage</name>
    <message>
        <source>Merge undone.</source>
        <translation>已復原合併。</translation>
    </message>
    <message>
        <source>Merged %1.</source>
        <translation>已合併 %1。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Customer saved.</source>
        <translation>顧客資料已儲存。</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>已新增備註。</translation>
    </message>
    <message>
        <source>Follow-up added; it shows on the Dashboard when due.</source>
        <translation>已新增追蹤事項，到期時會顯示在總覽頁面。</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>追蹤事項已完成。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Complaint updated.</source>
        <translation>客訴已更新。</translation>
    </message>
    <message>
        <source>Duplicates…</source>
        <translation>重複顧客…</translation>
    </message>
    <message>
        <source>Customers who look like one person across marketplaces; merge them</source>
        <translation>找出在不同平台上疑似為同一人的顧客，並加以合併</translation>
    </message>
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
        <source>Follow-ups due</source>
        <translation>到期追蹤事項</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Customer satisfaction by month</source>
        <translation>每月顧客滿意度</translation>
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
        <translation>括號內為當月回覆數。* 少於 %1 則回覆，僅供參考。</translation>
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
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Fewer than %1 answers: read with care</source>
        <translation>回答不足 %1 份，結果僅供參考</translation>
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
        <translation>疑似重複的顧客</translation>
    </message>
    <message>
        <source>These customers share an email, a phone number, or a name and postcode. Merging keeps the first one and moves the others&apos; orders, notes and feedback to it; you can undo a merge from the customer&apos;s panel. Buyers a marketplace hides are never suggested.</source>
        <translation>這些顧客的電子郵件、電話號碼，或姓名與郵遞區號相同。合併時會保留第一位顧客，並將其他顧客的訂單、備註與回饋移至該顧客名下；之後可在顧客詳細資料面板中復原合併。平台隱藏資料的買家不會列入建議。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
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
        <source>Store</source>
        <translation>商店</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>消費額</translation>
    </message>
    <message>
        <source>Merge selected group</source>
        <translation>合併所選群組</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在尋找重複的顧客…</translation>
    </message>
    <message>
        <source>%1 customers: %2</source>
        <translation>%1 位顧客：%2</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>未找到重複的顧客。</translation>
    </message>
    <message>
        <source>Select a group to merge first.</source>
        <translation>請先選取要合併的群組。</translation>
    </message>
    <message>
        <source>Merged %1.</source>
        <translation>已合併 %1。</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>New complaint</source>
        <translation>新增客訴</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>顧客回饋</translation>
    </message>
    <message>
        <source>About</source>
        <translation>客訴主旨</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分數</translation>
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
        <translation>管道</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細內容</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意見內容</translation>
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
    <name>FollowUpDialog</name>
    <message>
        <source>Follow up</source>
        <translation>後續追蹤</translation>
    </message>
    <message>
        <source>e.g. Check the parcel arrived</source>
        <translation>例如：確認包裹已送達</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
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
        <translation>匯入訂單</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Store name, e.g. My Etsy shop</source>
        <translation>商店名稱，例如：我的 Etsy 商店</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動偵測</translation>
    </message>
    <message>
        <source>Only if asked, e.g. GBP=1.27, EUR=1.08</source>
        <translation>僅在提示時填寫，例如 GBP=1.27, EUR=1.08</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>檔案中的欄</translation>
    </message>
    <message>
        <source>Remember this mapping as</source>
        <translation>將此欄位對應儲存為</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>不匯入</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>商店</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>匯率</translation>
    </message>
    <message>
        <source>Which column holds what:</source>
        <translation>每個欄位對應檔案中的哪一欄：</translation>
    </message>
    <message>
        <source>Choose an order file</source>
        <translation>選擇訂單檔案</translation>
    </message>
    <message>
        <source>Order files (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>訂單檔案 (*.csv *.txt *.tsv *.xlsx);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>請先選擇檔案。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Store %3. Rows read: %1; orders: %2. New: %4, updated: %5, unchanged: %6. Rows rejected: %7. Encoding: %8.</source>
        <translation>商店 %3。讀取 %1 列，%2 筆訂單。新增 %4，更新 %5，未變 %6。拒絕 %7 列。編碼：%8。</translation>
    </message>
    <message>
        <source>Import valid rows</source>
        <translation>匯入有效的資料列</translation>
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
        <source>Imported into %1: %2 new, %3 updated, %4 unchanged.</source>
        <translation>已匯入至 %1：新增 %2 筆、更新 %3 筆、未變更 %4 筆。</translation>
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
        <source>&amp;Import orders…</source>
        <translation>匯入訂單(&amp;I)…</translation>
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
    <name>NoteDialog</name>
    <message>
        <source>Edit note</source>
        <translation>編輯備註</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>置頂顯示</translation>
    </message>
</context>
<context>
    <name>OrderEditorDialog</name>
    <message>
        <source>Edit order %1</source>
        <translation>編輯訂單 %1</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新增訂單</translation>
    </message>
    <message>
        <source>Automatic (M-00001…)</source>
        <translation>自動產生（M-00001…）</translation>
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
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>新增品項</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>移除品項</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>訂單編號</translation>
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
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>買家姓名</translation>
    </message>
    <message>
        <source>Buyer email</source>
        <translation>買家電子郵件</translation>
    </message>
    <message>
        <source>Buyer phone</source>
        <translation>買家電話</translation>
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
        <translation>合計</translation>
    </message>
    <message>
        <source>Rate to base currency</source>
        <translation>兌本位幣匯率</translation>
    </message>
    <message>
        <source>Ship to (name)</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>收件地址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>郵遞區號</translation>
    </message>
    <message>
        <source>Country (2 letters)</source>
        <translation>國家/地區（2 碼英文代碼）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>No %1 rate known yet: type the rate you were paid at</source>
        <translation>尚無 %1 匯率：請填寫實際收款時的匯率</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>自動：%1</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>匯率</translation>
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
        <source>Order saved.</source>
        <translation>訂單已儲存。</translation>
    </message>
    <message>
        <source>Select the orders to change first.</source>
        <translation>請先選取要變更的訂單。</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>（另有 %1 筆）</translation>
    </message>
    <message>
        <source>Select the orders to tag first.</source>
        <translation>請先選取要新增標籤的訂單。</translation>
    </message>
    <message>
        <source>Orders changed: %1.</source>
        <translation>已變更訂單：%1 筆。</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>無法變更：%1 筆。</translation>
    </message>
    <message>
        <source>Orders tagged: %1.</source>
        <translation>已新增標籤的訂單：%1 筆。</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>已新增備註。</translation>
    </message>
    <message>
        <source>Follow-up added; it shows on the Dashboard when due.</source>
        <translation>已新增追蹤事項，到期時會顯示在總覽頁面。</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新增訂單</translation>
    </message>
    <message>
        <source>Type in an email or phone order (Ctrl+Shift+N)</source>
        <translation>手動輸入透過電子郵件或電話下的訂單（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <source>Import an order file from a marketplace (Ctrl+I)</source>
        <translation>匯入從平台匯出的訂單檔案（Ctrl+I）</translation>
    </message>
    <message>
        <source>Change the status of the selected orders</source>
        <translation>變更所選訂單的狀態</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>新增標籤…</translation>
    </message>
    <message>
        <source>Add a tag to the selected orders</source>
        <translation>為所選訂單新增標籤</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>後續追蹤</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>回覆…</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>開啟顧客資料</translation>
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
        <source>Billing address</source>
        <translation>帳單地址</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
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
    <message>
        <source>Status history</source>
        <translation>狀態歷程</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>編輯顧客資料</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Country (2 letters)</source>
        <translation>國家/地區（2 碼英文代碼）</translation>
    </message>
    <message>
        <source>Language (e.g. de, ja, zh_TW)</source>
        <translation>語言（例如 de、ja、zh_TW）</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>郵遞區號</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未詢問</translation>
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
        <translation>行銷同意</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply to the customer</source>
        <translation>回覆顧客</translation>
    </message>
    <message>
        <source>The customer&apos;s language</source>
        <translation>顧客的語言</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回覆範本</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>複製到剪貼簿</translation>
    </message>
    <message>
        <source>Fill in before sending: %1</source>
        <translation>傳送前請填寫：%1</translation>
    </message>
    <message>
        <source>Reply to the customer (%1)</source>
        <translation>回覆顧客（%1）</translation>
    </message>
    <message>
        <source>Copied; paste it into your email or the marketplace message.</source>
        <translation>已複製，請貼到電子郵件或平台訊息中。</translation>
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
    <name>TagDialog</name>
    <message>
        <source>Add a tag to the selected orders (%1)</source>
        <translation>為所選訂單新增標籤（%1 筆）</translation>
    </message>
    <message>
        <source>e.g. gift, priority</source>
        <translation>例如：禮品, 急件</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
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
    <name>customers</name>
    <message>
        <source>{email} is not an email address.</source>
        <translation>{email} 不是有效的電子郵件地址。</translation>
    </message>
    <message>
        <source>Give the country as its two-letter code (DE, JP).</source>
        <translation>請以 2 碼英文代碼填寫國家/地區（例如 DE、JP）。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態變更</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>追蹤事項</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>回饋</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合併</translation>
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
        <translation>未詢問</translation>
    </message>
    <message>
        <source>%1 became %2</source>
        <translation>%1 狀態變更為 %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已復原</translation>
    </message>
    <message>
        <source>Erased customer</source>
        <translation>已清除的顧客</translation>
    </message>
    <message>
        <source>Anonymous buyer</source>
        <translation>匿名買家</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>後續追蹤</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>回覆…</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新增訂單</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>匯出資料</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>清除…</translation>
    </message>
    <message>
        <source>The marketplace hides this buyer; Seller Desk never suggests merging them.</source>
        <translation>平台隱藏了此買家的資料，Seller Desk 不會建議合併此顧客。</translation>
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
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>行銷同意</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>成為顧客日期</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>消費額</translation>
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
        <source>On marketplaces</source>
        <translation>平台買家帳號</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>商店</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Buyer id</source>
        <translation>買家 ID</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>追蹤事項</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Merged into this customer</source>
        <translation>已合併至此顧客</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>resolved in %1</source>
        <translation>%1 內解決</translation>
    </message>
    <message>
        <source>open for %1</source>
        <translation>已開啟 %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小時</translation>
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
        <source>Writing notes and feedback</source>
        <translation>正在寫入備註與回饋</translation>
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
        <source>A rate is written CUR=RATE, like GBP=1.27; not {text}</source>
        <translation>匯率請寫成 幣別=匯率，例如 GBP=1.27；而不是 {text}</translation>
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
        <source>Your name is longer than {limit} characters.</source>
        <translation>您的姓名不可超過 {limit} 個字元。</translation>
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
    <message>
        <source>--rate wants CUR=RATE, like GBP=1.27; not {text}</source>
        <translation>--rate 的格式應為 CUR=RATE，例如 GBP=1.27，而非 {text}</translation>
    </message>
    <message>
        <source>Cannot read the mapping file: {reason}</source>
        <translation>無法讀取欄位對應檔：{reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>無法寫入 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>Cannot export {table}; choose one of: {known}.</source>
        <translation>無法匯出 {table}，請從下列選項中選擇：{known}。</translation>
    </message>
    <message>
        <source>Unknown format {format}; choose csv or json.</source>
        <translation>未知的格式 {format}，請選擇 csv 或 json。</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>Satisfaction (CSAT, 1–5)</source>
        <translation>滿意度（CSAT，1–5）</translation>
    </message>
    <message>
        <source>Recommendation (NPS, 0–10)</source>
        <translation>推薦意願（NPS，0–10）</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Marketplace message</source>
        <translation>平台訊息</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>評價</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>線上聊天</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>問卷調查</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>A {kind} score is a whole number from {low} to {high}, not {score}.</source>
        <translation>{kind} 分數應為 {low} 到 {high} 之間的整數，而非 {score}。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>This complaint is already open.</source>
        <translation>此客訴已是待處理狀態。</translation>
    </message>
    <message>
        <source>This complaint is already being worked on.</source>
        <translation>此客訴已在處理中。</translation>
    </message>
    <message>
        <source>This complaint is already resolved.</source>
        <translation>此客訴已解決。</translation>
    </message>
    <message>
        <source>A complaint being worked on cannot go back to open; keep it in progress or mark it resolved.</source>
        <translation>處理中的客訴無法退回待處理；請維持處理中，或將其標示為已解決。</translation>
    </message>
    <message>
        <source>A resolved complaint has to be reopened before work on it continues.</source>
        <translation>已解決的客訴須先重新開啟，才能繼續處理。</translation>
    </message>
    <message>
        <source>A complaint cannot be resolved before it was opened.</source>
        <translation>客訴的解決時間不可早於提出時間。</translation>
    </message>
    <message>
        <source>Unknown complaint status: {status}</source>
        <translation>未知的客訴狀態：{status}</translation>
    </message>
    <message>
        <source>Say what the complaint is about.</source>
        <translation>請填寫客訴主旨。</translation>
    </message>
    <message>
        <source>This complaint no longer exists.</source>
        <translation>此客訴已不存在。</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Order id</source>
        <translation>訂單 ID</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>訂購日期</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>顧客 ID</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>顧客電子郵件</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>顧客姓名</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>訂單總額</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>商品標題</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
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
        <source>Customer phone</source>
        <translation>顧客電話</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>郵遞區號</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>column mapping</source>
        <translation>欄位對應</translation>
    </message>
    <message>
        <source>The column mapping names unknown fields: {fields}.</source>
        <translation>欄位對應中含有未知的欄位：{fields}。</translation>
    </message>
    <message>
        <source>The column mapping gives no column for {field}.</source>
        <translation>欄位對應未替 {field} 指定對應的欄。</translation>
    </message>
    <message>
        <source>Unknown date order {value}: use ymd, dmy or mdy.</source>
        <translation>未知的日期順序 {value}：請使用 ymd、dmy 或 mdy。</translation>
    </message>
    <message>
        <source>Unknown default currency {code}.</source>
        <translation>未知的預設幣別 {code}。</translation>
    </message>
    <message>
        <source>The saved column mapping cannot be read; choose the columns again.</source>
        <translation>無法讀取已儲存的欄位對應，請重新選擇各欄。</translation>
    </message>
    <message>
        <source>This row has no order id.</source>
        <translation>此列沒有訂單 ID。</translation>
    </message>
    <message>
        <source>The order date is empty.</source>
        <translation>訂購日期空白。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date.</source>
        <translation>「{value}」不是有效的日期。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount.</source>
        <translation>「{value}」不是有效的金額。</translation>
    </message>
    <message>
        <source>The price is empty.</source>
        <translation>價格空白。</translation>
    </message>
    <message>
        <source>The currency is empty.</source>
        <translation>幣別空白。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a currency code (three letters, such as USD or EUR).</source>
        <translation>「{value}」不是有效的幣別代碼（應為 3 個英文字母，例如 USD 或 EUR）。</translation>
    </message>
    <message>
        <source>The quantity is empty.</source>
        <translation>數量空白。</translation>
    </message>
    <message>
        <source>The quantity &apos;{value}&apos; is not a whole number.</source>
        <translation>數量「{value}」不是整數。</translation>
    </message>
    <message>
        <source>The quantity must be at least 1, not {value}.</source>
        <translation>數量至少須為 1，而非 {value}。</translation>
    </message>
    <message>
        <source>This line has neither a SKU nor a title.</source>
        <translation>此品項既沒有 SKU，也沒有標題。</translation>
    </message>
    <message>
        <source>{column} is &apos;{value}&apos; here but &apos;{earlier}&apos; on row {row} of the same order.</source>
        <translation>同一筆訂單中，{column} 在此為「{value}」，但在第 {row} 列為「{earlier}」。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an order status this import knows.</source>
        <translation>「{value}」不是此匯入格式可辨識的訂單狀態。</translation>
    </message>
    <message>
        <source>The order total {value} is below zero.</source>
        <translation>訂單總額 {value} 小於零。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>檔案 {path} 不存在。</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>無法讀取檔案 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The file {path} is empty.</source>
        <translation>檔案 {path} 是空的。</translation>
    </message>
    <message>
        <source>The first row of {path} is empty: it should name the columns.</source>
        <translation>{path} 的第一列是空的：第一列應為各欄的名稱。</translation>
    </message>
    <message>
        <source>The file {path} is not text in the {encoding} encoding; save it as CSV (UTF-8) and try again.</source>
        <translation>檔案 {path} 不是 {encoding} 編碼的文字檔；請另存為 CSV (UTF-8) 後再試一次。</translation>
    </message>
    <message>
        <source>{encoding} is not a text encoding this import knows.</source>
        <translation>{encoding} 不是匯入功能支援的文字編碼。</translation>
    </message>
    <message>
        <source>The file {path} is not an Excel workbook (.xlsx); save it as .xlsx or CSV and try again.</source>
        <translation>檔案 {path} 不是 Excel 活頁簿 (.xlsx)；請另存為 .xlsx 或 CSV 後再試一次。</translation>
    </message>
    <message>
        <source>The file {path} does not look like {expected}: the columns {columns} are missing.</source>
        <translation>檔案 {path} 看起來不是 {expected}：缺少下列欄位：{columns}。</translation>
    </message>
    <message>
        <source>The file {path} cannot be read as CSV at row {row} ({reason}).</source>
        <translation>無法以 CSV 格式讀取檔案 {path}：第 {row} 列發生錯誤（{reason}）。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在讀取檔案…</translation>
    </message>
    <message>
        <source>Writing orders…</source>
        <translation>正在寫入訂單…</translation>
    </message>
    <message>
        <source>Updating customer totals…</source>
        <translation>正在更新顧客統計…</translation>
    </message>
    <message>
        <source>Name the source this mapping is for.</source>
        <translation>請填寫此欄位對應所適用的來源名稱。</translation>
    </message>
    <message>
        <source>Imported orders</source>
        <translation>匯入的訂單</translation>
    </message>
    <message>
        <source>No exchange rate from {currency} to {base} is known yet; give one for {currency} before importing.</source>
        <translation>尚無 {currency} 兌 {base} 的匯率；請在匯入前填寫 {currency} 的匯率。</translation>
    </message>
    <message>
        <source>Shopify (orders CSV)</source>
        <translation>Shopify（訂單 CSV）</translation>
    </message>
    <message>
        <source>WooCommerce (orders CSV)</source>
        <translation>WooCommerce（訂單 CSV）</translation>
    </message>
    <message>
        <source>Etsy (orders / order items CSV)</source>
        <translation>Etsy（訂單 / 訂單品項 CSV）</translation>
    </message>
    <message>
        <source>Amazon (order report, tab-separated)</source>
        <translation>Amazon（訂單報表，Tab 分隔）</translation>
    </message>
    <message>
        <source>Generic CSV / Excel</source>
        <translation>通用 CSV / Excel</translation>
    </message>
    <message>
        <source>an Amazon order report (tab-separated)</source>
        <translation>Amazon 訂單報表（Tab 分隔）</translation>
    </message>
    <message>
        <source>an Etsy orders file (EtsySoldOrders)</source>
        <translation>Etsy 訂單檔案（EtsySoldOrders）</translation>
    </message>
    <message>
        <source>an Etsy order items file (EtsySoldOrderItems)</source>
        <translation>Etsy 訂單品項檔案（EtsySoldOrderItems）</translation>
    </message>
    <message>
        <source>an order file with the chosen columns</source>
        <translation>含有所選欄位的訂單檔案</translation>
    </message>
    <message>
        <source>a Shopify orders export</source>
        <translation>Shopify 匯出的訂單檔案</translation>
    </message>
    <message>
        <source>a WooCommerce orders export (one row per item)</source>
        <translation>WooCommerce 匯出的訂單檔案（每個品項一列）</translation>
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
    <name>merge</name>
    <message>
        <source>Same email address</source>
        <translation>電子郵件相同</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>電話號碼相同</translation>
    </message>
    <message>
        <source>Same name and postcode</source>
        <translation>姓名與郵遞區號相同</translation>
    </message>
    <message>
        <source>{name} was itself merged into another customer.</source>
        <translation>{name} 本身已合併至另一位顧客。</translation>
    </message>
    <message>
        <source>A customer cannot be merged into themselves.</source>
        <translation>無法將顧客合併至其本身。</translation>
    </message>
    <message>
        <source>{name} is already merged into another customer.</source>
        <translation>{name} 已合併至另一位顧客。</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>此合併已復原。</translation>
    </message>
    <message>
        <source>This customer&apos;s data was erased; the merge cannot be undone.</source>
        <translation>此顧客的資料已清除，無法復原合併。</translation>
    </message>
    <message>
        <source>{name} was merged again since; undo that merge first.</source>
        <translation>{name} 之後又再次合併，請先復原該次合併。</translation>
    </message>
    <message>
        <source>{name} was merged into {survivor} later; undo that merge first.</source>
        <translation>{name} 之後被合併至 {survivor}，請先復原該次合併。</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>電子郵件相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>電話相同</translation>
    </message>
    <message>
        <source>same name and postcode</source>
        <translation>姓名與郵遞區號相同</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>A note cannot be empty.</source>
        <translation>備註不可空白。</translation>
    </message>
    <message>
        <source>A note can hold at most {limit} characters.</source>
        <translation>備註最多只能有 {limit} 個字元。</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>此備註已不存在。</translation>
    </message>
    <message>
        <source>Say what to follow up on.</source>
        <translation>請填寫要追蹤的事項。</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>此追蹤事項已不存在。</translation>
    </message>
    <message>
        <source>Note saved; the earlier text is kept in its history.</source>
        <translation>備註已儲存，先前的內容會保留在歷程記錄中。</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>刪除備註</translation>
    </message>
    <message>
        <source>Delete this note and its history?</source>
        <translation>要刪除此備註及其歷程記錄嗎？</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>備註已刪除。</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1，%2：</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>未知使用者</translation>
    </message>
    <message>
        <source>This note was never edited.</source>
        <translation>此備註從未編輯過。</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>先前版本</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>還沒有備註。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>edited (%1 earlier versions)</source>
        <translation>已編輯（%1 個先前版本）</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>訂單 %1</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已置頂</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置頂</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置頂</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷程記錄</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>orders</name>
    <message>
        <source>Order {number} is not paid yet; mark it paid before shipping it.</source>
        <translation>訂單 {number} 尚未付款；請先標示為已付款，再出貨。</translation>
    </message>
    <message>
        <source>Order {number} has already shipped; refund it instead of cancelling it.</source>
        <translation>訂單 {number} 已出貨，無法取消，請改為退款。</translation>
    </message>
    <message>
        <source>Order {number} was delivered; it cannot go back to shipped.</source>
        <translation>訂單 {number} 已送達，無法改回已出貨。</translation>
    </message>
    <message>
        <source>Order {number} is {current} and cannot change any more.</source>
        <translation>訂單 {number} 已是「{current}」狀態，無法再變更。</translation>
    </message>
    <message>
        <source>Order {number} cannot go from {current} to {wanted}; from {current} it can become: {choices}.</source>
        <translation>訂單 {number} 無法從「{current}」改為「{wanted}」；「{current}」狀態的訂單只能改為：{choices}。</translation>
    </message>
    <message>
        <source>Order {number} is already {current}.</source>
        <translation>訂單 {number} 已是「{current}」狀態。</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>訂單至少需要一個品項。</translation>
    </message>
    <message>
        <source>Line {line} needs a SKU or a title.</source>
        <translation>第 {line} 個品項需填寫 SKU 或標題。</translation>
    </message>
    <message>
        <source>Line {line}: the quantity must be at least 1.</source>
        <translation>第 {line} 個品項：數量至少須為 1。</translation>
    </message>
    <message>
        <source>Line {line}: the price cannot be negative.</source>
        <translation>第 {line} 個品項：價格不可為負數。</translation>
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
        <source>{field} cannot be negative.</source>
        <translation>{field}不能是負數。</translation>
    </message>
    <message>
        <source>The discount is larger than the order.</source>
        <translation>折扣高於訂單金額。</translation>
    </message>
    <message>
        <source>Too many tags.</source>
        <translation>標籤過多。</translation>
    </message>
    <message>
        <source>Manual orders</source>
        <translation>手動訂單</translation>
    </message>
    <message>
        <source>Seller Desk has no exchange rate from {currency} to {base} yet; type the rate you were paid at.</source>
        <translation>Seller Desk 尚無 {currency} 兌 {base} 的匯率，請輸入您收款時的匯率。</translation>
    </message>
    <message>
        <source>There is already an order numbered {number}.</source>
        <translation>已有訂單編號為 {number} 的訂單。</translation>
    </message>
    <message>
        <source>Order {number} came from a marketplace; change it there. Here you can change its status, tags and notes.</source>
        <translation>訂單 {number} 來自平台，請至平台修改。在此只能變更其狀態、標籤與備註。</translation>
    </message>
    <message>
        <source>Type a tag to add.</source>
        <translation>請輸入要新增的標籤。</translation>
    </message>
    <message>
        <source>{field}: {text} is not an amount.</source>
        <translation>{field}：{text} 不是有效的金額。</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>Export customer data</source>
        <translation>匯出顧客資料</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已儲存至 %1。</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>清除顧客資料</translation>
    </message>
    <message>
        <source>This removes %1&apos;s name, contact details, addresses, notes and comments for good. Orders keep their amounts for the books. It cannot be undone.

Type %2 to confirm:</source>
        <translation>此操作將永久刪除 %1 的姓名、聯絡資訊、地址、備註與意見內容。訂單仍會保留金額，以便記帳。此操作無法復原。

請輸入 %2 以確認：</translation>
    </message>
    <message>
        <source>Not erased: type %1 to confirm.</source>
        <translation>未清除：請輸入 %1 以確認。</translation>
    </message>
    <message>
        <source>Customer erased.</source>
        <translation>顧客資料已清除。</translation>
    </message>
</context>
<context>
    <name>replies</name>
    <message>
        <source>Where is my order?</source>
        <translation>我的訂單到哪了？</translation>
    </message>
    <message>
        <source>Shipped, with tracking</source>
        <translation>已出貨（附貨件追蹤碼）</translation>
    </message>
    <message>
        <source>Thank you for your order</source>
        <translation>感謝您的訂購</translation>
    </message>
    <message>
        <source>Review request</source>
        <translation>邀請評價</translation>
    </message>
    <message>
        <source>Apology for a delay</source>
        <translation>延遲致歉</translation>
    </message>
    <message>
        <source>Refund confirmation</source>
        <translation>退款確認</translation>
    </message>
    <message>
        <source>Customer&apos;s full name</source>
        <translation>顧客全名</translation>
    </message>
    <message>
        <source>Customer&apos;s first name</source>
        <translation>顧客名字</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>訂購日期</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>商店名稱</translation>
    </message>
    <message>
        <source>Items ordered</source>
        <translation>訂購品項</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>貨件追蹤碼</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>物流業者</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>貨件追蹤連結</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>退款金額</translation>
    </message>
    <message>
        <source>Review link</source>
        <translation>評價連結</translation>
    </message>
    <message>
        <source>Unbalanced brace at character {position}; write {{{{ or }}}} for a brace that is not a placeholder</source>
        <translation>第 {position} 個字元處的大括號不成對；若要輸入非預留位置的大括號，請寫成 {{{{ 或 }}}}</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}}; use one of: {known}</source>
        <translation>未知的預留位置 {{{name}}}；請使用下列其中之一：{known}</translation>
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
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Signed on notes and status changes; empty uses your computer login.</source>
        <translation>用於備註與狀態變更的署名；留空則使用電腦的登入名稱。</translation>
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
