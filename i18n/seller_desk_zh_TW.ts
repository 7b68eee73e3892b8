<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AccountEditor</name>
    <message>
        <source>Edit account</source>
        <translation>編輯帳戶</translation>
    </message>
    <message>
        <source>Connect a store</source>
        <translation>連結商店</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>帳戶名稱</translation>
    </message>
    <message>
        <source>Store address</source>
        <translation>商店網址</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>How the account is called here, e.g. Main shop</source>
        <translation>帳戶在此顯示的名稱，例如：主商店</translation>
    </message>
    <message>
        <source>GraphQL Admin API (recommended)</source>
        <translation>GraphQL Admin API（建議）</translation>
    </message>
    <message>
        <source>REST Admin API (older custom apps)</source>
        <translation>REST Admin API（較舊的自訂應用程式）</translation>
    </message>
    <message>
        <source>Sync automatically while Seller Desk is open</source>
        <translation>Seller Desk 開啟期間自動同步</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <source>Saves the account, then asks the store who these credentials are</source>
        <translation>儲存帳戶，然後向商店確認這些憑證屬於誰</translation>
    </message>
    <message>
        <source>This computer has no keyring: the credentials are kept only until Seller Desk closes; enter them again after a restart.</source>
        <translation>這台電腦沒有金鑰圈：憑證只會保留到 Seller Desk 關閉為止，重新啟動後需再次輸入。</translation>
    </message>
    <message>
        <source>The address of the marketplace&apos;s API; usually left empty.</source>
        <translation>平台 API 的網址；通常留空即可。</translation>
    </message>
    <message>
        <source>Empty: keep the stored one</source>
        <translation>留空：保留已儲存的值</translation>
    </message>
    <message>
        <source>Fill in %1 as well.</source>
        <translation>還需填寫 %1。</translation>
    </message>
    <message>
        <source>This computer has no keyring: the credentials are kept only until Seller Desk closes.</source>
        <translation>這台電腦沒有金鑰圈：憑證只會保留到 Seller Desk 關閉為止。</translation>
    </message>
    <message>
        <source>Asking the store…</source>
        <translation>正在詢問商店…</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>已連線至 %1（%2）</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>權限：%1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>In your Shopify admin: Settings → Apps → Develop apps → your app → Admin API access token. Give the app read_orders, read_products and read_inventory; write_ ones as well to push changes.</source>
        <translation>在 Shopify 管理介面：設定 → 應用程式 → 開發應用程式 → 你的應用程式 → Admin API 存取權杖。授予應用程式 read_orders、read_products 與 read_inventory 權限；如需推送變更，也要授予對應的 write_ 權限。</translation>
    </message>
    <message>
        <source>In WordPress: WooCommerce → Settings → Advanced → REST API → Add key. Choose Read/Write to push stock, prices and parcels.</source>
        <translation>在 WordPress 中：WooCommerce → 設定 → 進階 → REST API → 新增金鑰。如需推送庫存、價格與包裹資訊，請選擇「讀取/寫入」權限。</translation>
    </message>
    <message>
        <source>At etsy.com/developers → Your apps: the keystring and shared secret; the refresh token comes from signing in to your app once.</source>
        <translation>在 etsy.com/developers → Your apps 中取得 keystring 與 shared secret；透過你的應用程式登入一次即可取得更新權杖。</translation>
    </message>
    <message>
        <source>At developer.ebay.com → Application Keys (Production): App ID and Cert ID; the refresh token from User Tokens → Sign in to Production.</source>
        <translation>在 developer.ebay.com → Application Keys（Production）中取得 App ID 與 Cert ID；更新權杖請在 User Tokens → Sign in to Production 中取得。</translation>
    </message>
    <message>
        <source>Stored in this computer&apos;s keyring.</source>
        <translation>已儲存在這台電腦的金鑰圈中。</translation>
    </message>
    <message>
        <source>Kept until Seller Desk closes (this computer has no keyring).</source>
        <translation>保留到 Seller Desk 關閉為止（這台電腦沒有金鑰圈）。</translation>
    </message>
    <message>
        <source>From the environment variable %1.</source>
        <translation>來自環境變數 %1。</translation>
    </message>
    <message>
        <source>None stored yet.</source>
        <translation>尚未儲存。</translation>
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
        <translation>帳戶名稱</translation>
    </message>
    <message>
        <source>Store address</source>
        <translation>商店網址</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Connect a Shopify, WooCommerce, Etsy or eBay store</source>
        <translation>連結 Shopify、WooCommerce、Etsy 或 eBay 商店</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Read this store&apos;s new and changed orders</source>
        <translation>讀取此商店新增及有變動的訂單</translation>
    </message>
    <message>
        <source>Push changes…</source>
        <translation>推送變更…</translation>
    </message>
    <message>
        <source>Send stock, prices and parcels to this store, after a preview</source>
        <translation>預覽後將庫存、價格與包裹資訊傳送至此商店</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>移除帳戶</translation>
    </message>
    <message>
        <source>Remove %1? Its orders stay in Seller Desk, filed under %1 like imported ones; its credentials, sync log and conflicts are forgotten.</source>
        <translation>要移除 %1 嗎？其訂單仍保留在 Seller Desk 中，像匯入的訂單一樣歸在 %1 之下；其憑證、同步記錄與衝突紀錄將被清除。</translation>
    </message>
    <message>
        <source>%1 is removed; its orders stay.</source>
        <translation>已移除 %1；其訂單仍會保留。</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在詢問 %1…</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>已連線至 %1（%2）</translation>
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
        <translation>1 個商品需要檢查價格：定價後匯率已變動，利潤率已低於該市場的下限。</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>%1 listings need a price check: an exchange rate moved since their price was set and their margin fell below the market&apos;s floor.</source>
        <translation>%1 個商品需要檢查價格：定價後匯率已變動，利潤率已低於該市場的下限。</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>1 order of the last 30 days lost money.</source>
        <translation>最近 30 天有 1 筆訂單虧損。</translation>
    </message>
    <message>
        <source>%1 orders of the last 30 days lost money.</source>
        <translation>最近 30 天有 %1 筆訂單虧損。</translation>
    </message>
    <message>
        <source>%1 orders of the last 30 days have no full cost yet (a rate or a listing is missing).</source>
        <translation>最近 30 天有 %1 筆訂單的成本尚不完整（缺少匯率或商品）。</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>匯率</translation>
    </message>
    <message>
        <source>%1 return requests are open; %2 have waited longer than their step should take.</source>
        <translation>%1 筆退貨申請待處理；其中 %2 筆在目前步驟停留的時間已超過應有時限。</translation>
    </message>
    <message>
        <source>1 return request is open, not overdue.</source>
        <translation>1 筆退貨申請待處理，未逾期。</translation>
    </message>
    <message>
        <source>%1 return requests are open, none overdue.</source>
        <translation>%1 筆退貨申請待處理，皆未逾期。</translation>
    </message>
    <message>
        <source>%1 parcels need a look: stuck, in trouble, going back or late.</source>
        <translation>%1 件包裹需要留意：滯留、配送異常、退回中或逾期。</translation>
    </message>
    <message>
        <source>%1: %2 %3 to %4 (order %5), last news %6</source>
        <translation>%1：%2 %3 寄往 %4（訂單 %5），最新動態 %6</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>No exchange rates are stored yet: prices and profit in other currencies cannot be worked out.</source>
        <translation>尚未儲存任何匯率：無法計算其他幣別的價格和利潤。</translation>
    </message>
    <message>
        <source>Get rates</source>
        <translation>取得匯率</translation>
    </message>
    <message>
        <source>The exchange rates are %1 business days old.</source>
        <translation>匯率已是 %1 個營業日前的資料。</translation>
    </message>
    <message>
        <source>Refresh or type rates</source>
        <translation>更新或手動輸入匯率</translation>
    </message>
    <message>
        <source>No provider publishes %1: type a rate in.</source>
        <translation>沒有匯率來源提供 %1：請手動輸入匯率。</translation>
    </message>
    <message>
        <source>Type a rate</source>
        <translation>輸入匯率</translation>
    </message>
    <message>
        <source>Nothing needs your attention: prices, margins, rates, returns and parcels are in order.</source>
        <translation>目前沒有需要處理的事項：價格、利潤率、匯率、退貨與包裹皆正常。</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Record campaign</source>
        <translation>記錄行銷活動</translation>
    </message>
    <message>
        <source>%1 customers: %2</source>
        <translation>%1 位顧客：%2</translation>
    </message>
    <message>
        <source>Win-back: %1</source>
        <translation>喚回：%1</translation>
    </message>
    <message>
        <source>e.g. 10% off the next order</source>
        <translation>例如：下次購買享 9 折</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Customers left out at random and not sent anything: comparing them with those targeted shows whether the campaign made a difference.</source>
        <translation>隨機保留、不寄送任何內容的顧客：將他們與目標組比較，即可看出行銷活動是否有效。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>活動名稱</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>優惠內容</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>發送日期</translation>
    </message>
    <message>
        <source>Count orders within</source>
        <translation>訂單統計期</translation>
    </message>
    <message>
        <source>Hold out</source>
        <translation>對照組比例</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>請為行銷活動命名。</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>Record a campaign from any customer list (double-click a segment or a stage, or click a cohort cell). Conversion: customers with an order within the window after the send date; the effect compares those targeted with those held out.</source>
        <translation>可從任一顧客清單記錄行銷活動（按兩下某個分群或階段，或按一下同期群組中的儲存格）。轉換：在發送日期後的觀察期內訂購的顧客；成效是比較目標組與對照組而得。</translation>
    </message>
    <message>
        <source>No campaigns recorded yet.</source>
        <translation>尚未記錄任何行銷活動。</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>目標受眾</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>發送日期</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>觀察期</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>目標組</translation>
    </message>
    <message>
        <source>Held out</source>
        <translation>對照組</translation>
    </message>
    <message>
        <source>Targeted converted</source>
        <translation>目標組轉換</translation>
    </message>
    <message>
        <source>Held out converted</source>
        <translation>對照組轉換</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>成效</translation>
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
        <translation>雙比例 z 檢定：z = %1，p = %2（低於 0.05 即為成效明顯）</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 / %2（%3）</translation>
    </message>
    <message>
        <source>counting orders until %1</source>
        <translation>訂單統計至 %1</translation>
    </message>
    <message>
        <source>Nothing to measure yet</source>
        <translation>尚無可衡量的資料</translation>
    </message>
    <message>
        <source>No holdout to compare with</source>
        <translation>沒有對照組可供比較</translation>
    </message>
    <message>
        <source>No clear effect yet (%1)</source>
        <translation>尚無明顯成效（%1）</translation>
    </message>
    <message>
        <source>Clear effect: %1 conversion (95% confidence)</source>
        <translation>成效明顯：轉換率 %1（95% 信賴水準）</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Save chart as PNG or SVG…</source>
        <translation>將圖表另存為 PNG 或 SVG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 圖片 (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>儲存圖表</translation>
    </message>
    <message>
        <source>Charts are saved as PNG or SVG, not “%1”.</source>
        <translation>圖表只能儲存為 PNG 或 SVG，不支援「%1」。</translation>
    </message>
    <message>
        <source>Could not save the chart to %1: %2</source>
        <translation>無法將圖表儲存至 %1：%2</translation>
    </message>
</context>
<context>
    <name>ChurnTab</name>
    <message>
        <source>Churn risk: the chance a customer does not order again. Repeat buyers are judged by the BG/NBD model, one-time buyers by how many buyers like them came back. Customers already churned are left out (see Lifecycle). Double-click a customer to open them.</source>
        <translation>流失風險：顧客不再下單的機率。回購顧客依 BG/NBD 模型評估；只下過一單的顧客則參考情況相似的買家中有多少人再次下單。已流失的顧客不在此列出（見「生命週期」）。按兩下顧客可開啟其詳細資料。</translation>
    </message>
    <message>
        <source>Showing %1 of %2 customers</source>
        <translation>顯示 %2 位顧客中的 %1 位</translation>
    </message>
</context>
<context>
    <name>CohortsTab</name>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Customers ordering again</source>
        <translation>再次訂購的顧客</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>每位顧客營收</translation>
    </message>
    <message>
        <source>Cumulative revenue per customer</source>
        <translation>每位顧客累計營收</translation>
    </message>
    <message>
        <source>Click a cell to see the customers behind it.</source>
        <translation>按一下儲存格即可查看對應的顧客。</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Account</source>
        <translation>平台帳號</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>On the store</source>
        <translation>商店上</translation>
    </message>
    <message>
        <source>Who won</source>
        <translation>優先方</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步衝突</translation>
    </message>
    <message>
        <source>An edit made here met a change made on the store since the last sync. A price or stock count you changed here won and is sent with the next push; an order takes the store&apos;s changes. Accept keeps what won; for a price or stock count you can take the store&apos;s value instead.</source>
        <translation>你在本地所做的修改與上次同步後商店上的變更發生衝突。你在本地修改的價格或庫存數量優先，會在下次推送時傳送；訂單則以商店上的變更為準。「接受」會保留優先的一方；對於價格或庫存數量，也可以改用商店上的值。</translation>
    </message>
    <message>
        <source>Show settled</source>
        <translation>顯示已解決的衝突</translation>
    </message>
    <message>
        <source>Take the store&apos;s value</source>
        <translation>採用商店上的值</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Keep what won</source>
        <translation>保留優先的一方</translation>
    </message>
    <message>
        <source>%1 settled.</source>
        <translation>已解決：%1。</translation>
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
        <translation>運單費用</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>The customer gets store credit instead of money back; nothing is refunded on the order.</source>
        <translation>顧客獲得商店購物金，而非退回款項；此訂單不會退款。</translation>
    </message>
    <message>
        <source>Give credit</source>
        <translation>發放商店購物金</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>商店購物金</translation>
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
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消費額</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近訂購</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失風險</translation>
    </message>
    <message>
        <source>Come-back chance</source>
        <translation>再次訂購機率</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>預測價值</translation>
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
        <source>Points granted.</source>
        <translation>點數已發放。</translation>
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
        <source>%1 of revenue · %2</source>
        <translation>占營收 %1 · %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>總覽</translation>
    </message>
    <message>
        <source>Revenue, last 30 days</source>
        <translation>近 30 天營收</translation>
    </message>
    <message>
        <source>Contribution margin</source>
        <translation>貢獻利潤</translation>
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
    <name>DeliveryInsightView</name>
    <message>
        <source>Working out the delivery times…</source>
        <translation>正在計算配送時效…</translation>
    </message>
    <message>
        <source>No parcels were shipped in this period.</source>
        <translation>此期間沒有寄出任何包裹。</translation>
    </message>
    <message>
        <source>none delivered yet</source>
        <translation>尚無包裹送達</translation>
    </message>
    <message>
        <source>median &lt;b&gt;%1&lt;/b&gt; days, nine in ten within %2 days</source>
        <translation>中位數 &lt;b&gt;%1&lt;/b&gt; 天，九成在 %2 天內送達</translation>
    </message>
    <message>
        <source>%1 parcels shipped, %2 delivered · %3 · %4 on time · %5 had an exception</source>
        <translation>已出貨 %1 件包裹，已送達 %2 件 · %3 · 準時率 %4 · 異常率 %5</translation>
    </message>
    <message>
        <source>By carrier</source>
        <translation>依物流業者</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>物流業者</translation>
    </message>
    <message>
        <source>By destination</source>
        <translation>依目的地</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>路線</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路線</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>未知國家</translation>
    </message>
</context>
<context>
    <name>DeliveryInsightWindow</name>
    <message>
        <source>Delivery times</source>
        <translation>配送時效</translation>
    </message>
</context>
<context>
    <name>DeliveryTableModel</name>
    <message>
        <source>Half the delivered parcels took at most this many days</source>
        <translation>半數已送達包裹的運送天數不超過此值</translation>
    </message>
    <message>
        <source>Nine in ten delivered parcels took at most this many days</source>
        <translation>九成已送達包裹的運送天數不超過此值</translation>
    </message>
    <message>
        <source>Delivered parcels that arrived by their promised day</source>
        <translation>在承諾送達日當天或之前送達的包裹</translation>
    </message>
    <message>
        <source>Parcels that ever had an exception or a failed delivery</source>
        <translation>曾發生異常或配送失敗的包裹</translation>
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
        <source>Median days</source>
        <translation>中位數天數</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>第 90 百分位數</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>準時</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>異常</translation>
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
        <translation>標題</translation>
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
        <translation>變體群組</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>重量（公克）</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS 代碼</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>原產國/地區</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>現有庫存</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Letters, digits and - _ . /, like LAMP-RED-L</source>
        <translation>英文字母、數字和 - _ . /，例如 LAMP-RED-L</translation>
    </message>
    <message>
        <source>The SKU variants share; empty if none</source>
        <translation>同組變體共用的父 SKU；沒有則留空</translation>
    </message>
    <message>
        <source>Add variant…</source>
        <translation>新增變體…</translation>
    </message>
    <message>
        <source>Start a new listing in this variant group</source>
        <translation>在此變體群組中新增商品</translation>
    </message>
    <message>
        <source>What one unit costs you, like 15.50</source>
        <translation>每件商品的成本，例如 15.50</translation>
    </message>
    <message>
        <source>6 to 10 digits, like 9405.50</source>
        <translation>6 到 10 位數字，例如 9405.50</translation>
    </message>
    <message>
        <source>Two letters, like CN</source>
        <translation>2 碼英文代碼，例如 CN</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>以逗號分隔</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>父商品</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>變體</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>No other variants</source>
        <translation>沒有其他變體</translation>
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
    <name>GrantPointsDialog</name>
    <message>
        <source>Grant points</source>
        <translation>發放點數</translation>
    </message>
    <message>
        <source>Negative to take points back, for a correction</source>
        <translation>輸入負數可扣回點數，用於更正</translation>
    </message>
    <message>
        <source>e.g. review, referral</source>
        <translation>例如：評價、推薦</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
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
        <translation>第一張圖片會顯示在商品清單中。可將圖片檔案拖放到這裡，或按「新增圖片」加入（PNG、JPEG、GIF、WebP、BMP；每張不超過 20 MB）。</translation>
    </message>
    <message>
        <source>Add pictures…</source>
        <translation>新增圖片…</translation>
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
        <translation>將圖片往前移一位</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>後移 ▶</translation>
    </message>
    <message>
        <source>Move the picture one place to the back</source>
        <translation>將圖片往後移一位</translation>
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
    <name>InspectDialog</name>
    <message>
        <source>Say for each item whether it goes back in stock (its stock count rises and its cost comes off the return&apos;s cost) or is written off.</source>
        <translation>請為每件商品選擇重新入庫（庫存數量增加，其成本從此退貨的成本中扣除）或報廢。</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>已檢查</translation>
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
        <source>Goes</source>
        <translation>處理方式</translation>
    </message>
</context>
<context>
    <name>LifecycleTab</name>
    <message>
        <source>Click a bar to see the customers in that stage.</source>
        <translation>按一下長條即可查看該階段的顧客。</translation>
    </message>
    <message>
        <source>In force: the shop&apos;s repurchase cycle C is &lt;b&gt;%1 days&lt;/b&gt; (median days between orders, at least %2). &lt;b&gt;Churned&lt;/b&gt;: no order for more than %3 days (%4 × C, at least %5). &lt;b&gt;Declining&lt;/b&gt;: no order for more than %6 × the customer&apos;s own cycle. &lt;b&gt;Mature&lt;/b&gt;: %7 or more orders over at least %8 days.</source>
        <translation>目前規則：商店的回購週期 C 為 &lt;b&gt;%1 天&lt;/b&gt;（兩次訂購間隔天數的中位數，最少 %2 天）。&lt;b&gt;已流失&lt;/b&gt;：超過 %3 天未訂購（%4 × C，最少 %5 天）。&lt;b&gt;衰退期&lt;/b&gt;：未訂購時間超過該顧客自身週期的 %6 倍。&lt;b&gt;成熟期&lt;/b&gt;：首次訂購至今至少 %8 天，且已訂購 %7 次以上。</translation>
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
        <translation>品項</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>購買數量</translation>
    </message>
    <message>
        <source>Not shipped yet</source>
        <translation>未出貨</translation>
    </message>
    <message>
        <source>In this parcel</source>
        <translation>本包裹數量</translation>
    </message>
    <message>
        <source>Up to %1 (bought %2)</source>
        <translation>最多 %1 件（已購買 %2 件）</translation>
    </message>
</context>
<context>
    <name>ListingDetailHtml</name>
    <message>
        <source>Prices to check: an exchange rate moved since a price was set, and an offer&apos;s margin fell below its market&apos;s floor.</source>
        <translation>價格需檢查：設定價格後匯率已變動，某筆刊登的利潤率已低於該市場的最低利潤率。</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>封存</translation>
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
        <source>HS code</source>
        <translation>HS 代碼</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>原產國/地區</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
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
        <source>Market</source>
        <translation>市場</translation>
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
        <translation>價格</translation>
    </message>
    <message>
        <source>Price set</source>
        <translation>定價日期</translation>
    </message>
</context>
<context>
    <name>ListingEditorDialog</name>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>取消復原</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>復原上一個變更（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Shift+Z)</source>
        <translation>重做已復原的變更（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save the listing (Ctrl+S)</source>
        <translation>儲存商品（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Change SKU</source>
        <translation>變更 SKU</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>變更標題</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>變更描述</translation>
    </message>
    <message>
        <source>Change variant group</source>
        <translation>變更變體群組</translation>
    </message>
    <message>
        <source>Change cost</source>
        <translation>變更成本</translation>
    </message>
    <message>
        <source>Change cost currency</source>
        <translation>變更成本幣別</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>變更重量</translation>
    </message>
    <message>
        <source>Change HS code</source>
        <translation>變更 HS 代碼</translation>
    </message>
    <message>
        <source>Change country of origin</source>
        <translation>變更原產國/地區</translation>
    </message>
    <message>
        <source>Change stock</source>
        <translation>變更庫存</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>變更標籤</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>新增商品</translation>
    </message>
    <message>
        <source>Edit listing %1</source>
        <translation>編輯商品 %1</translation>
    </message>
    <message>
        <source>Offers (%1)</source>
        <translation>刊登（%1）</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>圖片（%1）</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>捨棄變更？</translation>
    </message>
    <message>
        <source>This listing has changes that are not saved. Discard them?</source>
        <translation>此商品有尚未儲存的變更。要捨棄這些變更嗎？</translation>
    </message>
    <message>
        <source>Change offer</source>
        <translation>變更刊登</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>新增刊登</translation>
    </message>
    <message>
        <source>Remove offer</source>
        <translation>移除刊登</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>新增圖片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>This picture is already on the listing: %1</source>
        <translation>此商品已有這張圖片：%1</translation>
    </message>
    <message>
        <source>Add picture</source>
        <translation>新增圖片</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>移除圖片</translation>
    </message>
    <message>
        <source>Move picture</source>
        <translation>移動圖片</translation>
    </message>
</context>
<context>
    <name>ListingsPage</name>
    <message>
        <source>Prices to check: an exchange rate moved since a price was set, and an offer&apos;s margin is now below its market&apos;s floor. Reprice it.</source>
        <translation>價格需檢查：設定價格後匯率已變動，某筆刊登的利潤率現已低於該市場的最低利潤率。請重新定價。</translation>
    </message>
    <message>
        <source>Select the listing to edit first.</source>
        <translation>請先選取要編輯的商品。</translation>
    </message>
    <message>
        <source>Select the listing to duplicate first.</source>
        <translation>請先選取要複製的商品。</translation>
    </message>
    <message>
        <source>Listing saved.</source>
        <translation>商品已儲存。</translation>
    </message>
    <message>
        <source>Select the listings to archive first.</source>
        <translation>請先選取要封存的商品。</translation>
    </message>
    <message>
        <source>Bring back %1 archived listings?</source>
        <translation>要還原 %1 項已封存的商品嗎？</translation>
    </message>
    <message>
        <source>Archive %1 listings? They leave the active list and can be brought back from Archived.</source>
        <translation>要封存 %1 項商品嗎？這些商品會從上架中商品移除，之後可在「已封存」中還原。</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Listings archived: %1.</source>
        <translation>已封存商品：%1 項。</translation>
    </message>
    <message>
        <source>Listings brought back: %1.</source>
        <translation>已還原商品：%1 項。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>SKU, title or tag…</source>
        <translation>SKU、標題或標籤…</translation>
    </message>
    <message>
        <source>Finds listings whose SKU, title or one of whose tags starts with what you type. The currency filter is the currency of an offer.</source>
        <translation>搜尋 SKU、標題或任一標籤以輸入內容開頭的商品。幣別篩選以刊登的幣別為準。</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>新增商品</translation>
    </message>
    <message>
        <source>Add a listing (Ctrl+Shift+N)</source>
        <translation>新增商品（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Edit the selected listing (Enter or double-click)</source>
        <translation>編輯所選商品（按 Enter 鍵或按兩下）</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Start a new listing as a copy of the selected one (Ctrl+D)</source>
        <translation>複製所選商品以新增商品（Ctrl+D）</translation>
    </message>
    <message>
        <source>Prices to check</source>
        <translation>待檢查價格</translation>
    </message>
    <message>
        <source>Only listings whose margin a moved exchange rate has pushed below the floor</source>
        <translation>僅顯示因匯率變動導致利潤率低於最低利潤率的商品</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>封存</translation>
    </message>
    <message>
        <source>Archive the selected listings, or bring archived ones back (Delete asks first)</source>
        <translation>封存所選商品，或還原已封存的商品（按 Delete 鍵會先確認）</translation>
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
        <source>Profit</source>
        <translation>利潤</translation>
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
        <source>Retention</source>
        <translation>留存分析</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退貨</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>貨件</translation>
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
        <source>R&amp;ates</source>
        <translation>匯率(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refresh rates</source>
        <translation>更新匯率(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Exchange rates…</source>
        <translation>檢視匯率(&amp;E)…</translation>
    </message>
    <message>
        <source>Refresh &amp;tracking</source>
        <translation>更新貨態(&amp;T)</translation>
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
    <name>NewReturnDialog</name>
    <message>
        <source>New return</source>
        <translation>新增退貨申請</translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation>正在載入訂單…</translation>
    </message>
    <message>
        <source>⚠ The return window has closed: the request will be marked as late.</source>
        <translation>⚠ 退貨期限已過：此申請將標示為超期申請。</translation>
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
        <source>Bought</source>
        <translation>購買數量</translation>
    </message>
    <message>
        <source>In returns</source>
        <translation>已在退貨中</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退貨</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>The SKU the customer gets instead</source>
        <translation>顧客換得的 SKU</translation>
    </message>
    <message>
        <source>What the customer wrote (optional)</source>
        <translation>顧客填寫的內容（選填）</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>新增照片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Open return</source>
        <translation>建立退貨申請</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Customer wants</source>
        <translation>顧客要求</translation>
    </message>
    <message>
        <source>Exchange for</source>
        <translation>換貨商品</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>顧客原話</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Order %1 · %2 · return window %3 days from %4</source>
        <translation>訂單 %1 · %2 · 退貨期限：自 %4 起 %3 天</translation>
    </message>
    <message>
        <source>Up to %1 (bought %2, already in returns %3)</source>
        <translation>最多 %1 件（已購買 %2 件，已在退貨中 %3 件）</translation>
    </message>
    <message>
        <source>Photos of the returned items</source>
        <translation>退回商品的照片</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>圖片（%1）</translation>
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
    <name>NumberField</name>
    <message>
        <source>As printed on the label</source>
        <translation>依運單上印的號碼填寫</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍要儲存</translation>
    </message>
    <message>
        <source>Keep the number exactly as typed, although its check digit does not fit</source>
        <translation>依輸入內容原樣保留號碼，即使檢查碼不符</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>Looks like: %1</source>
        <translation>看起來是：%1</translation>
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
        <translation>新增刊登</translation>
    </message>
    <message>
        <source>Offer this listing on another account or currency</source>
        <translation>在其他平台帳號或以其他幣別刊登此商品</translation>
    </message>
    <message>
        <source>Remove offer</source>
        <translation>移除刊登</translation>
    </message>
    <message>
        <source>The shop has no marketplace accounts yet; import orders or connect a marketplace to offer listings there.</source>
        <translation>商店尚未有任何平台帳號；請先匯入訂單或連結平台，才能在平台上刊登商品。</translation>
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
    <name>OrderField</name>
    <message>
        <source>Order number, e.g. #1001</source>
        <translation>訂單編號，例如 #1001</translation>
    </message>
    <message>
        <source>Looking the order up…</source>
        <translation>正在查詢訂單…</translation>
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
        <source>%1, %2</source>
        <translation>%1，%2</translation>
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
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>貨件</translation>
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
        <source>Select one order to open a return on.</source>
        <translation>請選取一筆訂單以建立退貨申請。</translation>
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
        <source>New return…</source>
        <translation>新增退貨…</translation>
    </message>
    <message>
        <source>Open a return request on the order shown or selected</source>
        <translation>為目前顯示或選取的訂單建立退貨申請</translation>
    </message>
    <message>
        <source>Losses only</source>
        <translation>僅看虧損</translation>
    </message>
    <message>
        <source>Negative margin only: the orders that lost money once fees, goods and shipping are counted</source>
        <translation>僅顯示利潤為負的訂單：扣除手續費、商品成本與運費後虧損的訂單</translation>
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
        <source>Add shipment…</source>
        <translation>新增貨件…</translation>
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
    <message>
        <source>Not costed yet</source>
        <translation>尚未計算成本</translation>
    </message>
    <message>
        <source>Negative margin: this order lost money</source>
        <translation>利潤為負：此訂單虧損</translation>
    </message>
    <message>
        <source>Contribution margin in the base currency</source>
        <translation>以本位幣計的貢獻利潤</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Segments (RFM)</source>
        <translation>顧客分群（RFM）</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客數</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>營收佔比</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Double-click a segment or a stage to see its customers, export them for a win-back mail or record a campaign. Click a point on the retention curves for that cohort&apos;s customers.</source>
        <translation>按兩下分群或階段即可查看其中的顧客、匯出名單以寄送喚回郵件，或記錄行銷活動。按一下留存曲線上的點即可查看該同期群組的顧客。</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>回購率</translation>
    </message>
    <message>
        <source>Median days to 2nd order</source>
        <translation>第 2 筆訂單間隔天數中位數</translation>
    </message>
    <message>
        <source>Average %1-month value</source>
        <translation>平均 %1 個月價值</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 筆訂單</translation>
    </message>
    <message>
        <source>%1 orders; %2 more from unknown buyers</source>
        <translation>%1 筆訂單；另有 %2 來自不明買家</translation>
    </message>
    <message>
        <source>with a counted order</source>
        <translation>有列入統計的訂單</translation>
    </message>
    <message>
        <source>%1 ordered twice or more</source>
        <translation>%1 位訂購 2 次以上</translation>
    </message>
    <message>
        <source>among those who came back</source>
        <translation>僅計入回購顧客</translation>
    </message>
    <message>
        <source>predicted, per customer</source>
        <translation>每位顧客的預測值</translation>
    </message>
    <message>
        <source>Predicted value counts the shop&apos;s measured margin: %1 of spend.</source>
        <translation>預測價值依商店推算的利潤率計算：消費額的 %1。</translation>
    </message>
    <message>
        <source>Predicted value counts the whole spend: no margin is measured from product costs or set in Settings.</source>
        <translation>預測價值以全部消費額計算：未能從商品成本推算利潤率，也未在設定中指定。</translation>
    </message>
    <message>
        <source>Predicted value counts the margin set in Settings: %1 of spend.</source>
        <translation>預測價值依設定中的利潤率計算：消費額的 %1。</translation>
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
        <translation>上個月</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
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
        <translation>自訂日期</translation>
    </message>
</context>
<context>
    <name>PeriodInsightView</name>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>圖表已儲存至 %1。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>統計期間</translation>
    </message>
</context>
<context>
    <name>PriceEndingsBox</name>
    <message>
        <source>Price endings, every market</source>
        <translation>價格尾數（適用於所有市場）</translation>
    </message>
    <message>
        <source>Save e&amp;ndings</source>
        <translation>儲存尾數設定(&amp;N)</translation>
    </message>
    <message>
        <source>Per currency: USD=.99 ends prices in .99, JPY=10 makes them whole tens, CHF=0.05 multiples of 0.05. Currencies not listed round to the cent. Also in Settings.</source>
        <translation>依幣別設定：USD=.99 表示價格以 .99 結尾，JPY=10 表示取整到十位，CHF=0.05 表示取 0.05 的倍數。未列出的幣別精確到分。也可在「設定」中修改。</translation>
    </message>
</context>
<context>
    <name>PriceRulesDialog</name>
    <message>
        <source>Price rules</source>
        <translation>定價規則</translation>
    </message>
    <message>
        <source>A market is one account selling in one currency. Its rule turns a listing&apos;s cost into a price: (cost + shipping + fixed fee) ÷ (1 − fees − target margin), rounded to the currency&apos;s price ending and raised if the margin would fall below the minimum.</source>
        <translation>市場是指一個平台帳號以一種幣別銷售。市場的定價規則會將商品成本換算成售價：(成本 + 運費 + 固定費用) ÷ (1 − 手續費率 − 目標利潤率)，再依該幣別的價格尾數取整；若利潤率會低於最低利潤率，則調高價格。</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市場</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>刊登數</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>定價規則</translation>
    </message>
    <message>
        <source>e.g. GBP</source>
        <translation>例如 GBP</translation>
    </message>
    <message>
        <source>A&amp;dd market</source>
        <translation>新增市場(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Marketplace fee (%)</source>
        <translation>平台手續費（%）(&amp;M)</translation>
    </message>
    <message>
        <source>e.g. 6.5</source>
        <translation>例如 6.5</translation>
    </message>
    <message>
        <source>Pa&amp;yment fee (%)</source>
        <translation>金流手續費（%）(&amp;Y)</translation>
    </message>
    <message>
        <source>e.g. 2.9</source>
        <translation>例如 2.9</translation>
    </message>
    <message>
        <source>Fixed &amp;fee per order</source>
        <translation>每筆訂單固定費用(&amp;F)</translation>
    </message>
    <message>
        <source>e.g. 0.30</source>
        <translation>例如 0.30</translation>
    </message>
    <message>
        <source>&amp;Shipping you pay</source>
        <translation>您負擔的運費(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. 4.99</source>
        <translation>例如 4.99</translation>
    </message>
    <message>
        <source>&amp;Target margin (%)</source>
        <translation>目標利潤率（%）(&amp;T)</translation>
    </message>
    <message>
        <source>M&amp;inimum margin (%)</source>
        <translation>最低利潤率（%）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;VAT (%)</source>
        <translation>加值稅（%）(&amp;V)</translation>
    </message>
    <message>
        <source>Shelf prices &amp;include VAT</source>
        <translation>標價含加值稅(&amp;I)</translation>
    </message>
    <message>
        <source>Price &amp;ending</source>
        <translation>價格尾數(&amp;E)</translation>
    </message>
    <message>
        <source>.99 ends prices in .99; 10 makes them whole tens; empty uses the Price endings setting below.</source>
        <translation>.99 表示價格以 .99 結尾；10 表示取整到十位；留空則使用下方的「價格尾數」設定。</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>儲存規則</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>刪除規則</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>已設定</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚未設定</translation>
    </message>
    <message>
        <source>Choose an account and type a currency code.</source>
        <translation>請選擇平台帳號並輸入幣別代碼。</translation>
    </message>
    <message>
        <source>Rule for %1</source>
        <translation>%1 的定價規則</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未儲存</translation>
    </message>
    <message>
        <source>From the setting: %1</source>
        <translation>沿用設定：%1</translation>
    </message>
    <message>
        <source>the cent</source>
        <translation>精確到分</translation>
    </message>
    <message>
        <source>Fix the field marked in red first.</source>
        <translation>請先修正標示為紅色的欄位。</translation>
    </message>
    <message>
        <source>Saved the rule for %1.</source>
        <translation>已儲存 %1 的定價規則。</translation>
    </message>
    <message>
        <source>Deleted the rule for %1.</source>
        <translation>已刪除 %1 的定價規則。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Saved the price endings.</source>
        <translation>價格尾數設定已儲存。</translation>
    </message>
</context>
<context>
    <name>PricingActions</name>
    <message>
        <source>Price rules…</source>
        <translation>定價規則…</translation>
    </message>
    <message>
        <source>Fees, shipping, VAT, margins and price endings of each market</source>
        <translation>各市場的手續費、運費、加值稅、利潤率和價格尾數</translation>
    </message>
    <message>
        <source>Reprice…</source>
        <translation>重新定價…</translation>
    </message>
    <message>
        <source>New prices from the markets&apos; rules and today&apos;s rates for the selected listings (all when none is selected), previewed before anything changes (Ctrl+Shift+P)</source>
        <translation>依各市場的定價規則和今日匯率，為所選商品（未選擇時為全部商品）計算新價格，修改前先預覽 (Ctrl+Shift+P)</translation>
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
    <name>ProfitPage</name>
    <message>
        <source>(no country)</source>
        <translation>（無國家/地區）</translation>
    </message>
    <message>
        <source>Working out the margins…</source>
        <translation>正在計算利潤…</translation>
    </message>
    <message>
        <source>Total: %1 orders · revenue %2 · fees %3 · product cost %4 · shipping %5 · returns %6 · margin %7 (%8)</source>
        <translation>合計：%1 筆訂單 · 收入 %2 · 費用 %3 · 商品成本 %4 · 運費 %5 · 退貨 %6 · 利潤 %7（%8）</translation>
    </message>
    <message>
        <source>%1 orders are not costed yet and are left out; they are costed in the background.</source>
        <translation>%1 筆訂單尚未計算成本，暫未計入；系統正在背景計算。</translation>
    </message>
    <message>
        <source>%1 orders lack a product cost (a SKU without a listing, or no exchange rate): their margin counts only the known costs.</source>
        <translation>%1 筆訂單缺少商品成本（SKU 沒有對應的商品，或缺少匯率）：其利潤僅扣除已知成本。</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利潤</translation>
    </message>
    <message>
        <source>By listing</source>
        <translation>依商品</translation>
    </message>
    <message>
        <source>By market</source>
        <translation>依市場</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>依國家/地區</translation>
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
        <translation>營收（未含加值稅，已扣除退款）</translation>
    </message>
    <message>
        <source>Marketplace fee</source>
        <translation>平台手續費</translation>
    </message>
    <message>
        <source>Payment fee</source>
        <translation>金流手續費</translation>
    </message>
    <message>
        <source>Product cost</source>
        <translation>商品成本</translation>
    </message>
    <message>
        <source>Shipping cost</source>
        <translation>運費支出</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退貨</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利潤</translation>
    </message>
    <message>
        <source>%1 (%2 of revenue)</source>
        <translation>%1（佔營收 %2）</translation>
    </message>
    <message>
        <source>Negative margin</source>
        <translation>利潤為負</translation>
    </message>
    <message>
        <source>Contribution margin</source>
        <translation>貢獻利潤</translation>
    </message>
    <message>
        <source>Converted at %1 %2 per %3 (the order&apos;s rate).</source>
        <translation>依訂單匯率 1 %3 = %1 %2 換算。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>單位成本</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>匯率</translation>
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
        <translation>尚未計算成本：這些數字即為背景計算完成後將儲存的結果。</translation>
    </message>
    <message>
        <source>Costs are incomplete; the margin counts only the known costs.</source>
        <translation>成本不完整；利潤僅扣除已知成本。</translation>
    </message>
    <message>
        <source>No listing has the SKU %1, so its cost is unknown.</source>
        <translation>沒有 SKU 為 %1 的商品，因此成本不明。</translation>
    </message>
    <message>
        <source>%1: no %2 exchange rate on or before %3; update the rates or type one in.</source>
        <translation>%1：%3 及之前沒有 %2 的匯率；請更新匯率或手動輸入。</translation>
    </message>
    <message>
        <source>Fees: no %1 exchange rate on or before %2.</source>
        <translation>手續費：%2 及之前沒有 %1 的匯率。</translation>
    </message>
    <message>
        <source>%1: its cost is known now and is added at the next costing.</source>
        <translation>%1：成本現已可知，將於下次計算時計入。</translation>
    </message>
</context>
<context>
    <name>PromiseField</name>
    <message>
        <source>The shop&apos;s usual promise</source>
        <translation>商店預設承諾時效</translation>
    </message>
</context>
<context>
    <name>PushPreviewDialog</name>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>On the store</source>
        <translation>商店上</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Push changes</source>
        <translation>推送變更</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>平台帳號</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Tracking numbers</source>
        <translation>貨運追蹤號碼</translation>
    </message>
    <message>
        <source>No store is connected yet: add one in Settings → Marketplace accounts.</source>
        <translation>尚未連結任何商店：請在「設定 → 平台帳戶」中新增。</translation>
    </message>
    <message>
        <source>Comparing with the store&apos;s last known state…</source>
        <translation>正在與商店上次已知的狀態進行比較…</translation>
    </message>
    <message>
        <source>This marketplace does not let an app change it</source>
        <translation>此平台不允許應用程式修改此項目</translation>
    </message>
    <message>
        <source>Changes to send to %1: %2. Untick what should stay as it is on the store.</source>
        <translation>要傳送至 %1 的變更：%2。請取消勾選需要在商店上維持不變的項目。</translation>
    </message>
    <message>
        <source>Nothing to send: %1 has what Seller Desk has, as far as the last sync saw.</source>
        <translation>沒有需要傳送的內容：根據上次同步的結果，%1 與 Seller Desk 中的資料一致。</translation>
    </message>
    <message>
        <source>Send %1 changes</source>
        <translation>傳送 %1 項變更</translation>
    </message>
    <message>
        <source>Send 1 change</source>
        <translation>傳送 1 項變更</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>正在傳送至 %1…</translation>
    </message>
    <message>
        <source>Changes sent: %1; failed: %2.</source>
        <translation>已傳送變更：%1；失敗：%2。</translation>
    </message>
    <message>
        <source>Stopped; the changes sent before stay sent.</source>
        <translation>已停止；先前已傳送的變更不會撤回。</translation>
    </message>
</context>
<context>
    <name>RateForm</name>
    <message>
        <source>Set a rate</source>
        <translation>設定匯率</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>匯率</translation>
    </message>
    <message>
        <source>Per 1</source>
        <translation>每 1 單位</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3; it wins over the providers&apos; rate of that day.</source>
        <translation>1 %1 = %2 %3；將優先於匯率來源當天提供的匯率。</translation>
    </message>
</context>
<context>
    <name>RatesCorner</name>
    <message>
        <source>Rates: …</source>
        <translation>匯率：…</translation>
    </message>
    <message>
        <source>Rates: no rates yet</source>
        <translation>匯率：尚無匯率</translation>
    </message>
    <message>
        <source>1 business day old</source>
        <translation>已過 1 個營業日</translation>
    </message>
    <message>
        <source>%1 business days old</source>
        <translation>已過 %1 個營業日</translation>
    </message>
    <message>
        <source>Rates: %1</source>
        <translation>匯率：%1</translation>
    </message>
    <message>
        <source>%1 without a rate</source>
        <translation>%1 無匯率</translation>
    </message>
    <message>
        <source>Newest rates: %1 from %2.</source>
        <translation>最新匯率：%1，來自 %2。</translation>
    </message>
    <message>
        <source>These rates are stale: older than %1 business days. Refresh rates, or type rates in if you are offline.</source>
        <translation>這些匯率已過期：超過 %1 個營業日。請更新匯率；若無法連線，可手動輸入匯率。</translation>
    </message>
    <message>
        <source>Last fetched: %1</source>
        <translation>上次取得：%1</translation>
    </message>
    <message>
        <source>No exchange rates are stored yet: refresh rates.</source>
        <translation>尚未儲存任何匯率：請更新匯率。</translation>
    </message>
    <message>
        <source>Needs a manual rate (no provider publishes it): %1</source>
        <translation>需要手動輸入匯率（沒有匯率來源提供）：%1</translation>
    </message>
    <message>
        <source>The background refresh at %1 failed: %2</source>
        <translation>%1 的背景更新失敗：%2</translation>
    </message>
    <message>
        <source>Click to see the exchange rates.</source>
        <translation>按一下即可查看匯率。</translation>
    </message>
    <message>
        <source>Refreshing rates…</source>
        <translation>正在更新匯率…</translation>
    </message>
    <message>
        <source>Refresh cancelled; the stored rates are unchanged.</source>
        <translation>已取消更新，已儲存的匯率維持不變。</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Units of each currency per 1 %1 (the base currency) and per 1 EUR, as on %2.</source>
        <translation>每 1 %1（本位幣）及每 1 EUR 可兌換的各幣別金額，以 %2 的匯率為準。</translation>
    </message>
    <message>
        <source>No rates are stored yet: refresh rates.</source>
        <translation>尚未儲存任何匯率：請更新匯率。</translation>
    </message>
    <message>
        <source>The newest rates, of %1, are stale (%2 business days old).</source>
        <translation>最新匯率（%1）已過期（已過 %2 個營業日）。</translation>
    </message>
    <message>
        <source>Needs a manual rate (no provider publishes it): %1.</source>
        <translation>需要手動輸入匯率（沒有匯率來源提供）：%1。</translation>
    </message>
    <message>
        <source>No rate yet for %1.</source>
        <translation>%1 尚無匯率。</translation>
    </message>
    <message>
        <source>Refreshing rates…</source>
        <translation>正在更新匯率…</translation>
    </message>
    <message>
        <source>Refresh cancelled; the stored rates are unchanged.</source>
        <translation>已取消更新，已儲存的匯率維持不變。</translation>
    </message>
    <message>
        <source>Saved: 1 EUR = %1 on %2 (manual).</source>
        <translation>已儲存：1 EUR = %1（%2，手動輸入）。</translation>
    </message>
    <message>
        <source>Import rates</source>
        <translation>匯入匯率</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>匯率</translation>
    </message>
    <message>
        <source>Rates on</source>
        <translation>匯率日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Refresh rates</source>
        <translation>更新匯率</translation>
    </message>
    <message>
        <source>Fetch the newest rates down the provider chain</source>
        <translation>依序向各匯率來源取得最新匯率</translation>
    </message>
    <message>
        <source>Set rate…</source>
        <translation>設定匯率…</translation>
    </message>
    <message>
        <source>Type in a rate, for a currency no provider publishes or a rate you were charged</source>
        <translation>手動輸入匯率：適用於沒有匯率來源提供的幣別，或您實際被收取的匯率</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>匯入 CSV…</translation>
    </message>
    <message>
        <source>A file with the columns date,currency,rate and optionally base (default EUR)</source>
        <translation>包含 date,currency,rate 欄位的檔案，可另加 base 欄（預設為 EUR）</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
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
        <translation>來源</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>距今</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>current</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>1 business day</source>
        <translation>1 個營業日</translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation>%1 個營業日</translation>
    </message>
    <message>
        <source>Needs a manual rate: no rate provider publishes it</source>
        <translation>需要手動輸入：沒有匯率來源提供此幣別</translation>
    </message>
    <message>
        <source>No rate yet: refresh rates</source>
        <translation>尚無匯率：請更新匯率</translation>
    </message>
    <message>
        <source>Stale: older than %1 business days</source>
        <translation>已過期：超過 %1 個營業日</translation>
    </message>
    <message>
        <source>Manual rate: no rate provider publishes it</source>
        <translation>手動匯率：沒有匯率來源提供此幣別</translation>
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
        <translation>建議金額：退回商品的價值扣除重新上架費，且不超過訂單 %1 尚可退款的金額（實付 %3，尚可退 %2）。</translation>
    </message>
    <message>
        <source>What the shop keeps for taking the items back; it is only recorded, the refund above is what the customer gets.</source>
        <translation>商店因收回商品而扣除的金額；僅供記錄，顧客實際收到的是上方的退款金額。</translation>
    </message>
    <message>
        <source>Restocking fee kept</source>
        <translation>扣除的重新上架費</translation>
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
    <name>RepriceDialog</name>
    <message>
        <source>Reprice listings</source>
        <translation>商品重新定價</translation>
    </message>
    <message>
        <source>%1 chosen listings, in the markets ticked below.</source>
        <translation>所選的 %1 項商品，僅限下方勾選的市場。</translation>
    </message>
    <message>
        <source>Every listing on sale, in the markets ticked below.</source>
        <translation>所有上架中商品，僅限下方勾選的市場。</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>預覽(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>全部取消勾選(&amp;N)</translation>
    </message>
    <message>
        <source>Only price &amp;changes</source>
        <translation>僅勾選價格有變動的(&amp;C)</translation>
    </message>
    <message>
        <source>A&amp;pply ticked rows</source>
        <translation>套用勾選的列(&amp;P)</translation>
    </message>
    <message>
        <source>Markets:</source>
        <translation>市場：</translation>
    </message>
    <message>
        <source>%1 (%2): %3 offers</source>
        <translation>%1（%2）：%3 筆刊登</translation>
    </message>
    <message>
        <source>no price rule yet</source>
        <translation>尚無定價規則</translation>
    </message>
    <message>
        <source>There are no marketplace accounts yet.</source>
        <translation>尚無平台帳號。</translation>
    </message>
    <message>
        <source>Tick at least one market.</source>
        <translation>請至少勾選一個市場。</translation>
    </message>
    <message>
        <source>Some rates are old: %1. Update the rates for today&apos;s prices.</source>
        <translation>部分匯率已過期：%1。請更新匯率，以便依今天的匯率定價。</translation>
    </message>
    <message>
        <source>Press Preview to see the new prices.</source>
        <translation>按一下「預覽」即可查看新價格。</translation>
    </message>
    <message>
        <source>%1 offers: %2 with a new price, %3 cannot be priced (greyed; hover for why). %4 ticked to apply.</source>
        <translation>共 %1 筆刊登：%2 筆有新價格，%3 筆無法定價（以灰色顯示，將滑鼠移到上方可查看原因）。已勾選 %4 筆待套用。</translation>
    </message>
    <message>
        <source>Tick the rows to apply first.</source>
        <translation>請先勾選要套用的列。</translation>
    </message>
    <message>
        <source>Wrote %1 new prices in one go.</source>
        <translation>已一次寫入 %1 筆新價格。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何變更。</translation>
    </message>
</context>
<context>
    <name>RetentionCustomersDialog</name>
    <message>
        <source>Double-click a customer to open them in Customers.</source>
        <translation>按兩下顧客即可在「顧客」頁面中開啟。</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>顧客：%1</translation>
    </message>
    <message>
        <source>Export win-back CSV…</source>
        <translation>匯出喚回名單 CSV…</translation>
    </message>
    <message>
        <source>Every customer of this list with an email who has not refused marketing, as a CSV file for your mailing tool</source>
        <translation>將此清單中有電子郵件且未拒絕行銷訊息的顧客匯出為 CSV 檔案，供電子郵件行銷工具使用</translation>
    </message>
    <message>
        <source>Record campaign…</source>
        <translation>記錄行銷活動…</translation>
    </message>
    <message>
        <source>Note that you sent these customers a message or an offer, so the app can tell whether it made them come back</source>
        <translation>記錄您已向這些顧客發送訊息或優惠，讓 Seller Desk 判斷這是否促使他們回購</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 customers, by spend</source>
        <translation>依消費額排序，顯示 %2 位顧客中的 %1 位</translation>
    </message>
    <message>
        <source>%1 customers, by spend</source>
        <translation>%1 位顧客，依消費額排序</translation>
    </message>
    <message>
        <source>Export win-back list</source>
        <translation>匯出喚回名單</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2. Left out: %3 without an email, %4 who did not agree to marketing.</source>
        <translation>已將 %1 位顧客寫入 %2。未納入：%3 位沒有電子郵件，%4 位未同意接收行銷訊息。</translation>
    </message>
    <message>
        <source>Recorded “%1”: %2 customers targeted, %3 held out for comparison.</source>
        <translation>已記錄「%1」：目標顧客 %2 位，對照組 %3 位。</translation>
    </message>
</context>
<context>
    <name>RetentionFilterBar</name>
    <message>
        <source>Won</source>
        <translation>首購月份</translation>
    </message>
    <message>
        <source>Months of the customers&apos; first orders (cohorts)</source>
        <translation>顧客首次訂購的月份（同期群組）</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Every figure is computed as of this day</source>
        <translation>所有數據皆以截至此日計算</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Compute again (F5)</source>
        <translation>重新計算（F5）</translation>
    </message>
    <message>
        <source>Marketplace of the customer&apos;s first order</source>
        <translation>顧客首筆訂單所在平台</translation>
    </message>
    <message>
        <source>Customer&apos;s country</source>
        <translation>顧客所在國家/地區</translation>
    </message>
    <message>
        <source>A product in the customer&apos;s first order</source>
        <translation>顧客首筆訂單中的商品</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
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
        <source>Any first product</source>
        <translation>任一首購商品</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>won %1–%2</source>
        <translation>首購 %1–%2</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>圖表已儲存至 %1。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>As of %1 · %2 customers · amounts in %3</source>
        <translation>截至 %1 · %2 位顧客 · 金額單位：%3</translation>
    </message>
    <message>
        <source>No customer with a counted order matches these filters.</source>
        <translation>沒有符合這些篩選條件且有列入統計訂單的顧客。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Won in %1</source>
        <translation>首購月份 %1</translation>
    </message>
    <message>
        <source>Won in %1, ordering in month %2</source>
        <translation>首購月份 %1，第 %2 個月訂購</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存分析</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>總覽</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>同期群組</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>回購</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命週期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>顧客價值</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失風險</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>行銷活動</translation>
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
        <translation>核准…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>拒絕…</translation>
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
        <translation>檢查…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <source>Ship replacement…</source>
        <translation>寄出換新商品…</translation>
    </message>
    <message>
        <source>Ship exchange…</source>
        <translation>寄出換貨…</translation>
    </message>
    <message>
        <source>Store credit…</source>
        <translation>商店購物金…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>關閉…</translation>
    </message>
    <message>
        <source>Return label cost…</source>
        <translation>退貨運單費用…</translation>
    </message>
    <message>
        <source>Return slip (PDF)…</source>
        <translation>退貨單（PDF）…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Return slip saved to %1.</source>
        <translation>退貨單已儲存至 %1。</translation>
    </message>
    <message>
        <source>Send %1 to %2 in exchange?</source>
        <translation>要寄送 %1 給 %2 作為換貨嗎？</translation>
    </message>
    <message>
        <source>Send %1 again to %2?</source>
        <translation>要再次寄送 %1 給 %2 嗎？</translation>
    </message>
    <message>
        <source>A new order is made for the shipment; it is not counted as a sale, and what it costs counts against this return.</source>
        <translation>系統將為此次出貨建立一筆新訂單；此訂單不計入銷售，其費用計入此退貨的成本。</translation>
    </message>
    <message>
        <source>Approve the return: the customer may send the items back (or, for a refund without return, be refunded next).</source>
        <translation>核准退貨：顧客可以寄回商品（若為僅退款不退貨，下一步即可退款）。</translation>
    </message>
    <message>
        <source>Refuse the return. Say why in the note: the customer will ask.</source>
        <translation>拒絕退貨。請在備註中說明原因，顧客一定會問。</translation>
    </message>
    <message>
        <source>The customer has the address or label; the return now waits for the parcel.</source>
        <translation>顧客已取得退貨地址或運單；現在等待包裹寄回。</translation>
    </message>
    <message>
        <source>The parcel is here. Inspect the items next.</source>
        <translation>包裹已送達。下一步請檢查商品。</translation>
    </message>
    <message>
        <source>Close the return: nothing more happens to it.</source>
        <translation>關閉退貨：之後不再進行任何處理。</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>出貨</translation>
    </message>
    <message>
        <source>%1: return label cost saved.</source>
        <translation>%1：已儲存退貨運單費用。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 的狀態已變為「%2」。</translation>
    </message>
</context>
<context>
    <name>ReturnDetail</name>
    <message>
        <source>Return %1</source>
        <translation>退貨 %1</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>訂單 %1 · %2</translation>
    </message>
    <message>
        <source>Open order %1</source>
        <translation>開啟訂單 %1</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>開啟顧客資料</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <source>Customer wants</source>
        <translation>顧客要求</translation>
    </message>
    <message>
        <source>Exchange for</source>
        <translation>換貨商品</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>顧客原話</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申請</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>已開啟天數</translation>
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
        <source>Policy</source>
        <translation>適用政策</translation>
    </message>
    <message>
        <source>Return window</source>
        <translation>退貨期限</translation>
    </message>
    <message>
        <source>%1 days from delivery</source>
        <translation>自送達起 %1 天</translation>
    </message>
    <message>
        <source>Restocking fee</source>
        <translation>重新上架費</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Return shipping</source>
        <translation>退貨運費</translation>
    </message>
    <message>
        <source>Paid by the buyer</source>
        <translation>由買家支付</translation>
    </message>
    <message>
        <source>Paid by the shop</source>
        <translation>由商店支付</translation>
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
        <translation>品項</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回數量</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>購買數量</translation>
    </message>
    <message>
        <source>After inspection</source>
        <translation>檢查後處理</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>記錄</translation>
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
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>⚠ Overdue: %1 since %2; this step should take at most %3 days.</source>
        <translation>⚠ 逾期：自 %2 起處於「%1」；此步驟最多應在 %3 天內完成。</translation>
    </message>
    <message>
        <source>⚠ Requested outside the return window (%1 days).</source>
        <translation>⚠ 申請時已超過退貨期限（%1 天）。</translation>
    </message>
    <message>
        <source>Open the replacement order</source>
        <translation>開啟換新訂單</translation>
    </message>
    <message>
        <source>Paid for the order</source>
        <translation>訂單實付金額</translation>
    </message>
    <message>
        <source>Still refundable</source>
        <translation>尚可退款</translation>
    </message>
    <message>
        <source>Refunded by this return</source>
        <translation>本次退貨已退款</translation>
    </message>
    <message>
        <source>Restocking fee kept</source>
        <translation>扣除的重新上架費</translation>
    </message>
    <message>
        <source>Return shipping paid</source>
        <translation>已付退貨運費</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>Store credit given</source>
        <translation>已發放商店購物金</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>申請時間：%1</translation>
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
        <translation>退貨政策</translation>
    </message>
    <message>
        <source>A policy says how many days after delivery (or after the order, when the delivery is not known) a buyer may ask to return, the restocking fee you keep, and who pays the way back. The most specific policy applies: marketplace and country, then marketplace, then country, then any. Without one of yours, Seller Desk uses 14 days for buyers in the EU (their right of withdrawal) and 30 days everywhere else; the buyer pays the return shipping and there is no restocking fee.</source>
        <translation>政策規定買家在送達後（送達時間不明時從下單時間起算）多少天內可以申請退貨、您收取的重新上架費，以及退貨運費由誰負擔。系統採用最具體的政策，優先順序為：平台 + 國家/地區、平台、國家/地區、不限。若您未設定政策，Seller Desk 對歐盟買家採用 14 天（其法定撤回權），其他地區則為 30 天；退貨運費由買家負擔，且不收取重新上架費。</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <source>Return window</source>
        <translation>退貨期限</translation>
    </message>
    <message>
        <source>Restocking fee</source>
        <translation>重新上架費</translation>
    </message>
    <message>
        <source>Return shipping paid by</source>
        <translation>退貨運費負擔方</translation>
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
        <translation>國家/地區(&amp;C)</translation>
    </message>
    <message>
        <source>Any country, or a code such as DE</source>
        <translation>所有國家/地區，或輸入代碼（如 DE）</translation>
    </message>
    <message>
        <source>Return &amp;window (days)</source>
        <translation>退貨期限（天）(&amp;W)</translation>
    </message>
    <message>
        <source>Restocking &amp;fee (%)</source>
        <translation>重新上架費（%）(&amp;F)</translation>
    </message>
    <message>
        <source>The buyer</source>
        <translation>買家</translation>
    </message>
    <message>
        <source>You (the shop)</source>
        <translation>您（商店）</translation>
    </message>
    <message>
        <source>Return shipping &amp;paid by</source>
        <translation>退貨運費負擔方(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New policy</source>
        <translation>新增政策(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation>儲存政策(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove policy</source>
        <translation>移除政策(&amp;R)</translation>
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
        <translation>買家</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>商店</translation>
    </message>
    <message>
        <source>Edit policy</source>
        <translation>編輯政策</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>新增政策</translation>
    </message>
    <message>
        <source>A country is a two-letter code such as DE; leave it empty for any country.</source>
        <translation>國家/地區請填寫兩碼英文字母代碼，例如 DE；留空表示適用於所有國家/地區。</translation>
    </message>
    <message>
        <source>Type a whole number of days, such as 30.</source>
        <translation>請輸入整數天數，例如 30。</translation>
    </message>
    <message>
        <source>Type a percentage, such as 10 or 12.5.</source>
        <translation>請輸入百分比，例如 10 或 12.5。</translation>
    </message>
    <message>
        <source>Fix the field marked in red first.</source>
        <translation>請先修正標示為紅色的欄位。</translation>
    </message>
    <message>
        <source>Saved the return policy for %1.</source>
        <translation>已儲存 %1 的退貨政策。</translation>
    </message>
    <message>
        <source>any marketplace</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>所有國家/地區</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Restored the return policy for %1.</source>
        <translation>已還原 %1 的退貨政策。</translation>
    </message>
    <message>
        <source>Removed the return policy for %1.</source>
        <translation>已移除 %1 的退貨政策。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
</context>
<context>
    <name>ReturnShippingDialog</name>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Under its policy the buyer pays the way back; record a cost only if the shop paid the label after all.</source>
        <translation>依適用的政策，退貨運費由買家負擔；僅在商店最後仍支付了運單費用時才需記錄。</translation>
    </message>
    <message>
        <source>Under its policy the shop pays the way back.</source>
        <translation>依適用的政策，退貨運費由商店負擔。</translation>
    </message>
    <message>
        <source>The cost counts against the order&apos;s profit; it replaces any cost recorded before.</source>
        <translation>此費用將從訂單利潤中扣除，並取代先前記錄的費用。</translation>
    </message>
    <message>
        <source>Label cost</source>
        <translation>運單費用</translation>
    </message>
</context>
<context>
    <name>ReturnSlipDialog</name>
    <message>
        <source>Return slip %1</source>
        <translation>退貨單 %1</translation>
    </message>
    <message>
        <source>Name, street, postcode and town, country</source>
        <translation>姓名、街道、郵遞區號與城市、國家/地區</translation>
    </message>
    <message>
        <source>The slip is written in the customer&apos;s language, whatever language Seller Desk is in.</source>
        <translation>退貨單以顧客的語言撰寫，與 Seller Desk 的介面語言無關。</translation>
    </message>
    <message>
        <source>Slip &amp;language</source>
        <translation>退貨單語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Return address</source>
        <translation>退貨地址(&amp;R)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存為 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Type the address the parcel goes back to.</source>
        <translation>請輸入包裹寄回的地址。</translation>
    </message>
    <message>
        <source>Save return slip</source>
        <translation>儲存退貨單</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the slip to %1: %2</source>
        <translation>無法將退貨單儲存至 %1：%2</translation>
    </message>
    <message>
        <source>Saved the return slip to %1.</source>
        <translation>已將退貨單儲存至 %1。</translation>
    </message>
</context>
<context>
    <name>ReturnStepDialog</name>
    <message>
        <source>A note for the log (optional)</source>
        <translation>寫入記錄的備註（選填）</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>ReturnsInsightView</name>
    <message>
        <source>Working out the return rates…</source>
        <translation>正在計算退貨率…</translation>
    </message>
    <message>
        <source>No units sold in this period, so there is no return rate yet; %1 return requests were made.</source>
        <translation>此期間沒有售出商品，因此尚無退貨率；共有 %1 筆退貨申請。</translation>
    </message>
    <message>
        <source>Shop average return rate: &lt;b&gt;%1&lt;/b&gt; (%2 of %3 units sold asked back) · %4 requests · returns cost %5</source>
        <translation>商店平均退貨率：&lt;b&gt;%1&lt;/b&gt;（售出 %3 件中申請退回 %2 件） · %4 筆申請 · 退貨成本 %5</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Flagged: at least twice the shop&apos;s average, 3 or more units asked back, and more than chance would explain (one-sided binomial test, p &lt; 0.05).</source>
        <translation>標示條件：退貨率至少為商店平均值的兩倍、申請退回至少 3 件，且超出隨機波動所能解釋的範圍（單尾二項檢定，p &lt; 0.05）。</translation>
    </message>
    <message>
        <source>No listing comes back far more often than the shop&apos;s average.</source>
        <translation>沒有商品的退貨率遠高於商店平均值。</translation>
    </message>
    <message>
        <source>Listings returned far more often than the others</source>
        <translation>退貨明顯偏多的商品</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>售出件數</translation>
    </message>
    <message>
        <source>Units back</source>
        <translation>退回件數</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>退貨率</translation>
    </message>
    <message>
        <source>Times the average</source>
        <translation>平均值倍數</translation>
    </message>
</context>
<context>
    <name>ReturnsInsightWindow</name>
    <message>
        <source>Returns insight</source>
        <translation>退貨分析</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Overdue: %1 for %2 days; this step should take at most %3 days.</source>
        <translation>逾期：已處於「%1」%2 天；此步驟最多應在 %3 天內完成。</translation>
    </message>
    <message>
        <source>Requested after the return window of its policy had closed.</source>
        <translation>申請時已超過其政策規定的退貨期限。</translation>
    </message>
    <message>
        <source>Returns: %1</source>
        <translation>退貨：%1</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退貨</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>所有原因</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>僅顯示未關閉</translation>
    </message>
    <message>
        <source>Hide closed returns</source>
        <translation>隱藏已關閉的退貨</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>僅顯示逾期</translation>
    </message>
    <message>
        <source>Only open returns that sat in their step longer than it should take</source>
        <translation>僅顯示在目前步驟停留超過應有時限的未關閉退貨</translation>
    </message>
    <message>
        <source>Photos (click one to open it)</source>
        <translation>照片（點選即可開啟）</translation>
    </message>
    <message>
        <source>Insight…</source>
        <translation>分析…</translation>
    </message>
    <message>
        <source>Return rates by listing, marketplace and country, reasons, costs per month and the listings returned far more than the rest</source>
        <translation>依商品、平台與國家/地區統計的退貨率、退貨原因、每月成本，以及退貨明顯偏多的商品</translation>
    </message>
    <message>
        <source>RMA number, order number or SKU…</source>
        <translation>RMA 編號、訂單編號或 SKU…</translation>
    </message>
    <message>
        <source>Finds returns whose RMA number, order number or a returned SKU starts with what you type.</source>
        <translation>搜尋 RMA 編號、訂單編號或退回商品的 SKU 以輸入內容開頭的退貨。</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>States: %1</source>
        <translation>狀態：%1</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>R: how recently a customer ordered; FM: how often and how much, each scored 1 to 5 against the other customers. Click a segment to see its customers.</source>
        <translation>R：顧客最近一次訂購距今多久；FM：訂購頻次與消費金額。兩項皆與其他顧客比較，以 1 到 5 評分。按一下分群即可查看其中的顧客。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
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
        <source>Returns</source>
        <translation>退貨</translation>
    </message>
    <message>
        <source>Return window, restocking fee and who pays the way back, per marketplace and country. Without a policy of your own: 14 days in the EU, 30 days elsewhere.</source>
        <translation>依平台與國家/地區設定退貨期限、重新上架費以及退貨運費負擔方。未自行設定政策時：歐盟為 14 天，其他地區為 30 天。</translation>
    </message>
    <message>
        <source>Return policies…</source>
        <translation>退貨政策…</translation>
    </message>
    <message>
        <source>API key…</source>
        <translation>API 金鑰…</translation>
    </message>
    <message>
        <source>The tracking service&apos;s API key, kept in your system&apos;s keyring</source>
        <translation>物流查詢服務的 API 金鑰，儲存在系統金鑰圈中</translation>
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
    <name>ShipmentActions</name>
    <message>
        <source>New shipment…</source>
        <translation>新增貨件…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Refresh tracking</source>
        <translation>更新貨態</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>標記為已處理</translation>
    </message>
    <message>
        <source>Not handled</source>
        <translation>標記為未處理</translation>
    </message>
    <message>
        <source>“Where is my order?” reply…</source>
        <translation>回覆「我的訂單到哪了？」…</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>開啟訂單</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>開啟顧客資料</translation>
    </message>
    <message>
        <source>Copy tracking number</source>
        <translation>複製貨件追蹤碼</translation>
    </message>
    <message>
        <source>Open tracking page</source>
        <translation>開啟貨件追蹤頁面</translation>
    </message>
    <message>
        <source>Look the parcel up with the tracking service now (Ctrl+R)</source>
        <translation>立即透過物流查詢服務查詢此包裹 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Hide its flags until the parcel&apos;s next scan</source>
        <translation>隱藏警示，直到包裹有新的貨態</translation>
    </message>
    <message>
        <source>Show its flags again</source>
        <translation>重新顯示警示</translation>
    </message>
    <message>
        <source>Select one shipment first.</source>
        <translation>請先選取一筆貨件。</translation>
    </message>
    <message>
        <source>Select the shipments first.</source>
        <translation>請先選取貨件。</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已複製：%1</translation>
    </message>
    <message>
        <source>Shipment saved.</source>
        <translation>貨件已儲存。</translation>
    </message>
    <message>
        <source>Delete shipment</source>
        <translation>刪除貨件</translation>
    </message>
    <message>
        <source>Delete shipment %1 of order %2? Its tracking history goes with it.</source>
        <translation>要刪除訂單 %2 的貨件 %1 嗎？其貨態歷程也會一併刪除。</translation>
    </message>
    <message>
        <source>Shipment %1 deleted.</source>
        <translation>已刪除貨件 %1。</translation>
    </message>
    <message>
        <source>Marked handled: %1.</source>
        <translation>已標記為已處理：%1 件。</translation>
    </message>
    <message>
        <source>Flags shown again: %1.</source>
        <translation>已重新顯示警示：%1 件。</translation>
    </message>
    <message>
        <source>Order %1 has no customer record (a guest order).</source>
        <translation>訂單 %1 沒有顧客資料（訪客訂單）。</translation>
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
        <translation>訂單 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Open order %1</source>
        <translation>開啟訂單 %1</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>開啟顧客資料</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>In the parcel</source>
        <translation>包裹內商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品項</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>No items recorded.</source>
        <translation>未記錄商品。</translation>
    </message>
    <message>
        <source>Tracking history</source>
        <translation>貨態歷程</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>never looked up</source>
        <translation>從未查詢</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>上次查詢：%1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tracking service says</source>
        <translation>物流查詢服務顯示</translation>
    </message>
    <message>
        <source>Last news</source>
        <translation>最新動態</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承諾送達日</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>預計送達</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <source>Marked handled</source>
        <translation>標記為已處理</translation>
    </message>
    <message>
        <source>The last lookup failed: %1</source>
        <translation>上次查詢失敗：%1</translation>
    </message>
    <message>
        <source>What shows here is the last known state, from %1.</source>
        <translation>此處顯示的是最後已知的狀態，更新於 %1。</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>物流業者</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>貨件追蹤碼</translation>
    </message>
    <message>
        <source>Label cost</source>
        <translation>運單費用</translation>
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
        <source>From</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Synced from the marketplace</source>
        <translation>從平台同步</translation>
    </message>
    <message>
        <source>Not looked up yet: refresh the tracking (Ctrl+R) to see its scans.</source>
        <translation>尚未查詢：請更新貨態 (Ctrl+R) 以查看貨態歷程。</translation>
    </message>
    <message>
        <source>The tracking service has no scans of this parcel yet.</source>
        <translation>物流查詢服務尚無此包裹的貨態。</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <source>Edit shipment</source>
        <translation>編輯貨件</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>新增貨件</translation>
    </message>
    <message>
        <source>Choose or type the carrier</source>
        <translation>選擇或輸入物流業者</translation>
    </message>
    <message>
        <source>e.g. Standard, Express (optional)</source>
        <translation>例如：標準、快遞（選填）</translation>
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
        <translation>訂單</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>物流業者</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>貨件追蹤碼</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>出貨日期</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承諾送達日</translation>
    </message>
    <message>
        <source>Label cost</source>
        <translation>運單費用</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Edit shipment %1</source>
        <translation>編輯貨件 %1</translation>
    </message>
    <message>
        <source>This shipment came from a marketplace: change it there and sync again.</source>
        <translation>此貨件來自平台：請至平台修改後重新同步。</translation>
    </message>
</context>
<context>
    <name>ShipmentFileImport</name>
    <message>
        <source>Import shipments</source>
        <translation>匯入貨件</translation>
    </message>
    <message>
        <source>Shipment files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>貨件檔案 (*.csv *.txt *.xlsx);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 列，%2：%3</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>…… 另有 %1 筆。</translation>
    </message>
    <message>
        <source>%1 of %2 rows cannot be imported. Nothing is saved unless you choose to import the %3 good rows.</source>
        <translation>%2 列中有 %1 列無法匯入。除非您選擇匯入其餘 %3 列有效資料，否則不會儲存任何內容。</translation>
    </message>
    <message>
        <source>Import the %1 good rows</source>
        <translation>匯入 %1 列有效資料</translation>
    </message>
    <message>
        <source>Imported %1 shipments; %2 were there already.</source>
        <translation>已匯入 %1 筆貨件；%2 筆先前已存在。</translation>
    </message>
</context>
<context>
    <name>ShipmentFilters</name>
    <message>
        <source>All carriers</source>
        <translation>所有物流業者</translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation>未送達</translation>
    </message>
    <message>
        <source>Hide parcels that arrived or whose tracking ended</source>
        <translation>隱藏已送達或追蹤已結束的包裹</translation>
    </message>
    <message>
        <source>Flagged only</source>
        <translation>僅顯示警示包裹</translation>
    </message>
    <message>
        <source>Only parcels stuck, in trouble, going back or late, and not marked handled</source>
        <translation>僅顯示滯留、配送異常、退回中或逾期，且未標記為已處理的包裹</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>Statuses: %1</source>
        <translation>狀態：%1</translation>
    </message>
</context>
<context>
    <name>ShipmentsPage</name>
    <message>
        <source>Tracking service says: %1</source>
        <translation>物流查詢服務顯示：%1</translation>
    </message>
    <message>
        <source>Last lookup failed: %1</source>
        <translation>上次查詢失敗：%1</translation>
    </message>
    <message>
        <source>No scan yet: counted from the ship date.</source>
        <translation>尚無貨態：自出貨日期起算。</translation>
    </message>
    <message>
        <source>Shipments: %1</source>
        <translation>貨件：%1</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>貨件</translation>
    </message>
    <message>
        <source>New shipment…</source>
        <translation>新增貨件…</translation>
    </message>
    <message>
        <source>Record a parcel of an order (Ctrl+Shift+S)</source>
        <translation>為訂單登錄一件包裹 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <source>Add shipments from a shipping tool&apos;s CSV or Excel file: order number, tracking number, carrier and ship date (service, cost, currency and weight optional)</source>
        <translation>從出貨工具匯出的 CSV 或 Excel 檔案新增貨件：訂單編號、貨件追蹤碼、物流業者與出貨日期（服務、運費、幣別與重量可選填）</translation>
    </message>
    <message>
        <source>Delivery times…</source>
        <translation>送達時效…</translation>
    </message>
    <message>
        <source>How long parcels take per carrier and destination, how many arrive on time, and how many run into trouble</source>
        <translation>各物流業者與目的地的包裹所需時間、準時送達比例，以及發生異常的比例</translation>
    </message>
    <message>
        <source>Tracking number or order number…</source>
        <translation>貨件追蹤碼或訂單編號…</translation>
    </message>
    <message>
        <source>Finds parcels whose tracking number or order number starts with what you type.</source>
        <translation>搜尋貨件追蹤碼或訂單編號以輸入內容開頭的包裹。</translation>
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
        <translation>同步失敗：%1</translation>
    </message>
    <message>
        <source>%1: %2
Click to see the sync log.</source>
        <translation>%1：%2
按一下以檢視同步記錄。</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>同步於 %1</translation>
    </message>
    <message>
        <source>Last sync: %1. Click to see the sync log.</source>
        <translation>上次同步：%1。按一下以檢視同步記錄。</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>從未同步</translation>
    </message>
    <message>
        <source>Connect a store in Marketplaces → Accounts…</source>
        <translation>連結商店：平台 → 帳戶…</translation>
    </message>
    <message>
        <source>Click Sync now to read the stores&apos; orders.</source>
        <translation>按一下「立即同步」以讀取各商店的訂單。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1：正在連線…</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 failed</source>
        <translation>%1：新增 %2，更新 %3，失敗 %4</translation>
    </message>
    <message>
        <source>(see the sync log)</source>
        <translation>（請查看同步記錄）</translation>
    </message>
    <message>
        <source>Sync cancelled; what was read so far is kept.</source>
        <translation>同步已取消；已讀取的內容會保留。</translation>
    </message>
    <message>
        <source>Nothing was synced.</source>
        <translation>沒有同步任何內容。</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Read new and changed orders from every connected store (Ctrl+Shift+Y)</source>
        <translation>從所有已連結的商店讀取新增及有變動的訂單（Ctrl+Shift+Y）</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>平台帳號</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>模擬執行</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>耗時</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
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
        <translation>未變動</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>同步記錄</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>所有帳戶</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新載入</translation>
    </message>
    <message>
        <source>Errors of the chosen run</source>
        <translation>所選同步中的錯誤</translation>
    </message>
    <message>
        <source>What the store answered, for the error chosen on the left</source>
        <translation>左側所選錯誤對應的商店回應</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>&amp;Conflicts (%1)…</source>
        <translation>衝突（%1）(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>衝突(&amp;C)…</translation>
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
        <translation>帳戶(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Push changes…</source>
        <translation>推送變更(&amp;P)…</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>同步記錄(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Unmatched SKUs…</source>
        <translation>未配對的 SKU(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>Never synced</source>
        <translation>從未同步</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
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
        <translation>庫存</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>追蹤號碼</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>The store</source>
        <translation>商店</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Took the store&apos;s</source>
        <translation>採用了商店上的值</translation>
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
        <translation>%1 小時 %2 分鐘</translation>
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
        <translation>停止，不儲存任何內容</translation>
    </message>
</context>
<context>
    <name>TrackingCorner</name>
    <message>
        <source>Tracking: …</source>
        <translation>貨態：…</translation>
    </message>
    <message>
        <source>%1 on their way</source>
        <translation>%1 件運送中</translation>
    </message>
    <message>
        <source>%1 flagged</source>
        <translation>%1 件警示</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>%1查詢</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>貨態：%1</translation>
    </message>
    <message>
        <source>Click to see the shipments. F5 on the Shipments page refreshes the selected parcels; View → Refresh tracking refreshes them all.</source>
        <translation>按一下即可查看貨件。在「貨件」頁面按 F5 可更新所選包裹；「檢視 → 更新貨態」可更新所有包裹。</translation>
    </message>
    <message>
        <source>Last lookup: %1. Without a connection the app shows what tracking said then.</source>
        <translation>上次查詢：%1。沒有網路連線時，會顯示當時查詢到的貨態。</translation>
    </message>
    <message>
        <source>The refresh at %1: %2</source>
        <translation>%1 的更新：%2</translation>
    </message>
    <message>
        <source>Looking parcels up…</source>
        <translation>正在查詢包裹…</translation>
    </message>
    <message>
        <source>%1 parcels could not be looked up; the Shipments page shows why.</source>
        <translation>%1 件包裹查詢失敗；可在「貨件」頁面查看原因。</translation>
    </message>
    <message>
        <source>%1: %2 updated, %3 unchanged, %4 failed.</source>
        <translation>%1：已更新 %2 件，無變化 %3 件，失敗 %4 件。</translation>
    </message>
    <message>
        <source>Cancelled; the parcels looked up so far are kept.</source>
        <translation>已取消；已查詢到的包裹結果會保留。</translation>
    </message>
</context>
<context>
    <name>TrackingKeyDialog</name>
    <message>
        <source>Tracking service key</source>
        <translation>物流查詢服務金鑰</translation>
    </message>
    <message>
        <source>Paste the API key from your account page</source>
        <translation>貼上帳號頁面中的 API 金鑰</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Show what you pasted, to check it</source>
        <translation>顯示貼上的內容，以便核對</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>儲存金鑰</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>清除金鑰</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>Key in use</source>
        <translation>目前使用的金鑰</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>收件地址</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>From the environment variable %1 (it wins over a saved key).</source>
        <translation>來自環境變數 %1（優先於已儲存的金鑰）。</translation>
    </message>
    <message>
        <source>Saved in this computer&apos;s keyring.</source>
        <translation>已儲存在這台電腦的金鑰圈中。</translation>
    </message>
    <message>
        <source>Kept for this session only: this computer has no keyring, so paste it again after Seller Desk restarts.</source>
        <translation>僅在本次執行期間保留：這台電腦沒有金鑰圈，Seller Desk 重新啟動後請再貼上一次。</translation>
    </message>
    <message>
        <source>None yet: paste one above, or set %1.</source>
        <translation>尚未設定：請在上方貼上，或設定 %1。</translation>
    </message>
    <message>
        <source>The %1 key is saved in this computer&apos;s keyring.</source>
        <translation>%1 金鑰已儲存在這台電腦的金鑰圈中。</translation>
    </message>
    <message>
        <source>This computer has no keyring: the %1 key is kept only until Seller Desk closes.</source>
        <translation>這台電腦沒有金鑰圈：%1 金鑰僅保留到 Seller Desk 關閉為止。</translation>
    </message>
    <message>
        <source>The saved %1 key is forgotten.</source>
        <translation>已清除儲存的 %1 金鑰。</translation>
    </message>
</context>
<context>
    <name>UnmatchedSkusDialog</name>
    <message>
        <source>Account</source>
        <translation>平台帳號</translation>
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
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>Unmatched SKUs</source>
        <translation>未配對的 SKU</translation>
    </message>
    <message>
        <source>These items on your stores have a SKU that no listing here has, so their stock and prices are not compared or pushed. Link each to the listing it is.</source>
        <translation>你商店中的這些商品所用的 SKU 在本地沒有對應的商品，因此不會比對或推送其庫存與價格。請將每一項連結至對應的商品。</translation>
    </message>
    <message>
        <source>Listing SKU</source>
        <translation>商品 SKU</translation>
    </message>
    <message>
        <source>Type a listing&apos;s SKU</source>
        <translation>輸入商品的 SKU</translation>
    </message>
    <message>
        <source>Link to listing</source>
        <translation>連結至商品</translation>
    </message>
    <message>
        <source>Type the SKU of the listing to link it to.</source>
        <translation>輸入要連結的商品 SKU。</translation>
    </message>
    <message>
        <source>%1 on %2 is linked to %3.</source>
        <translation>%2 上的 %1 已連結至 %3。</translation>
    </message>
</context>
<context>
    <name>ValueTab</name>
    <message>
        <source>Fitted models</source>
        <translation>已擬合的模型</translation>
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
        <translation>參與擬合的顧客數</translation>
    </message>
    <message>
        <source>Top 100 customers by predicted value</source>
        <translation>預測價值前 100 名顧客</translation>
    </message>
    <message>
        <source>Model quality</source>
        <translation>模型品質</translation>
    </message>
    <message>
        <source>Fit on orders up to</source>
        <translation>擬合所用訂單截至</translation>
    </message>
    <message>
        <source>Run check</source>
        <translation>執行檢驗</translation>
    </message>
    <message>
        <source>The models are fitted on the orders up to this day, then their prediction is compared with the repeat purchases customers really made up to the as-of date.</source>
        <translation>模型僅以截至此日的訂單進行擬合，再將預測結果與顧客截至統計日期實際產生的回購進行比較。</translation>
    </message>
    <message>
        <source>No model yet: too few orders.</source>
        <translation>尚無模型：訂單太少。</translation>
    </message>
    <message>
        <source>Value over the next %1 months, discounted at %2 a year.</source>
        <translation>未來 %1 個月的價值，以每年 %2 折現。</translation>
    </message>
    <message>
        <source>Spend per order is not modelled: the average repeat order, %1, is used for everyone.</source>
        <translation>未對每筆訂單消費額建模：所有顧客皆以回購訂單的平均金額 %1 計算。</translation>
    </message>
    <message>
        <source>Not enough orders before this day to fit.</source>
        <translation>此日之前的訂單不足，無法擬合。</translation>
    </message>
    <message>
        <source>Over the %1 weeks after the calibration end the model predicted &lt;b&gt;%2&lt;/b&gt; repeat purchases by the %3 customers known then; they made &lt;b&gt;%4&lt;/b&gt; (%5). Per-customer correlation of predicted and actual: &lt;b&gt;%6&lt;/b&gt;.</source>
        <translation>在校準期結束後的 %1 週內，模型預測當時已知的 %3 位顧客將產生 &lt;b&gt;%2&lt;/b&gt; 次回購；實際為 &lt;b&gt;%4&lt;/b&gt; 次（%5）。每位顧客預測值與實際值的相關係數：&lt;b&gt;%6&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>no repeat purchases to compare with</source>
        <translation>沒有可比較的回購</translation>
    </message>
    <message>
        <source>predicted %1 against actual</source>
        <translation>預測值較實際 %1</translation>
    </message>
    <message>
        <source>Fitting and comparing…</source>
        <translation>正在擬合並比較…</translation>
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
    <message>
        <source>Connect a marketplace…</source>
        <translation>連結平台…</translation>
    </message>
    <message>
        <source>Start my shop, then connect a Shopify, WooCommerce, Etsy or eBay store</source>
        <translation>建立我的商店，然後連結 Shopify、WooCommerce、Etsy 或 eBay 商店</translation>
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
    <name>charts</name>
    <message>
        <source>No data yet</source>
        <translation>尚無資料</translation>
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
        <translation>回購率</translation>
    </message>
    <message>
        <source>Customers with 2 or more orders among all customers so far, at each month end.</source>
        <translation>每月月底，訂購 2 次以上的顧客占截至當時所有顧客的比例。</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>回購顧客</translation>
    </message>
    <message>
        <source>{month}: {percent} ({repeaters} of {buyers} customers)</source>
        <translation>{month}：{percent}（{buyers} 位顧客中的 {repeaters} 位）</translation>
    </message>
    <message>
        <source>Time to second order</source>
        <translation>第二次訂購間隔</translation>
    </message>
    <message>
        <source>Customers who came back, by days between their first and second order.</source>
        <translation>回購顧客依首次與第二次訂購之間的間隔天數分布。</translation>
    </message>
    <message>
        <source>Customers who came back, by days between their first and second order; {count} who took longer than {days} days are not shown.</source>
        <translation>回購顧客依首次與第二次訂購之間的間隔天數分布；另有 {count} 位間隔超過 {days} 天的顧客未顯示。</translation>
    </message>
    <message>
        <source>Days from first to second order</source>
        <translation>首次到第二次訂購的天數</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客數</translation>
    </message>
    <message>
        <source>{first}–{last} days: {count} customers ({percent})</source>
        <translation>{first}–{last} 天：{count} 位顧客（{percent}）</translation>
    </message>
    <message>
        <source>Customers still waiting for a second order</source>
        <translation>尚未第二次訂購的顧客</translation>
    </message>
    <message>
        <source>Kaplan–Meier estimate: customers who have not come back yet count until today.</source>
        <translation>Kaplan–Meier 估計：尚未回購的顧客計入至今天為止。</translation>
    </message>
    <message>
        <source>Not ordered again yet</source>
        <translation>尚未再次訂購</translation>
    </message>
    <message>
        <source>Days since first order</source>
        <translation>距首次訂購天數</translation>
    </message>
    <message>
        <source>Half have ordered again by day {days}</source>
        <translation>第 {days} 天時已有一半顧客再次訂購</translation>
    </message>
    <message>
        <source>Long-run level: {percent}</source>
        <translation>長期水準：{percent}</translation>
    </message>
    <message>
        <source>Day {days}: {percent} not ordered again yet ({count} customers still followed)</source>
        <translation>第 {days} 天：{percent} 尚未再次訂購（仍在追蹤 {count} 位顧客）</translation>
    </message>
    <message>
        <source>Customers ordering again, by month since first order</source>
        <translation>再次訂購的顧客（依首購後月數）</translation>
    </message>
    <message>
        <source>Revenue per cohort customer, by month since first order</source>
        <translation>同期群組每位顧客營收（依首購後月數）</translation>
    </message>
    <message>
        <source>Cumulative revenue per cohort customer</source>
        <translation>同期群組每位顧客累計營收</translation>
    </message>
    <message>
        <source>Share of the cohort</source>
        <translation>佔同期群組比例</translation>
    </message>
    <message>
        <source>Per customer ({currency})</source>
        <translation>每位顧客（{currency}）</translation>
    </message>
    <message>
        <source>Cohort {cohort}, month {month}: {percent} ({active} of {size} customers)</source>
        <translation>同期群組 {cohort}，第 {month} 個月：{percent}（{size} 位顧客中的 {active} 位）</translation>
    </message>
    <message>
        <source>Cohort {cohort}, month {month}: {amount} per customer ({size} customers)</source>
        <translation>同期群組 {cohort}，第 {month} 個月：每位顧客 {amount}（{size} 位顧客）</translation>
    </message>
    <message>
        <source>Cohort {cohort}, months 0–{month}: {amount} per customer ({size} customers)</source>
        <translation>同期群組 {cohort}，第 0–{month} 個月：每位顧客 {amount}（{size} 位顧客）</translation>
    </message>
    <message>
        <source>Cohort (month of first order)</source>
        <translation>同期群組（首購月份）</translation>
    </message>
    <message>
        <source>Months since first order</source>
        <translation>距首購月數</translation>
    </message>
    <message>
        <source>Blank cells: months that have not happened yet.</source>
        <translation>空白儲存格：尚未到來的月份。</translation>
    </message>
    <message>
        <source>Retention curves of recent cohorts</source>
        <translation>近期同期群組的留存曲線</translation>
    </message>
    <message>
        <source>Month 0, the month of the first order (100%), is left out.</source>
        <translation>未顯示第 0 個月（首購當月，100%）。</translation>
    </message>
    <message>
        <source>Customers ordering in the month</source>
        <translation>當月訂購的顧客</translation>
    </message>
    <message>
        <source>Each of the last {count} cohorts</source>
        <translation>最近 {count} 個同期群組（個別）</translation>
    </message>
    <message>
        <source>All cohorts, weighted by size</source>
        <translation>全部同期群組（依規模加權）</translation>
    </message>
    <message>
        <source>Cohort {cohort}, month {month}: {percent}</source>
        <translation>同期群組 {cohort}，第 {month} 個月：{percent}</translation>
    </message>
    <message>
        <source>All cohorts, month {month}: {percent}</source>
        <translation>全部同期群組，第 {month} 個月：{percent}</translation>
    </message>
    <message>
        <source>Customer segments (RFM)</source>
        <translation>顧客分群（RFM）</translation>
    </message>
    <message>
        <source>Scores 1 to 5 against the other customers; 5 is the most recent, most orders and highest spend.</source>
        <translation>與其他顧客比較後以 1 到 5 評分；5 分表示最近訂購、訂購最多、消費最高。</translation>
    </message>
    <message>
        <source>Recency score</source>
        <translation>最近訂購評分</translation>
    </message>
    <message>
        <source>Frequency and spend score</source>
        <translation>頻次與消費評分</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>{count} 位顧客</translation>
    </message>
    <message>
        <source>{percent} of revenue</source>
        <translation>佔營收 {percent}</translation>
    </message>
    <message>
        <source>{segment} (R {r}, FM {fm}): {cell} customers in this cell
Segment: {count} customers, {revenue} spent</source>
        <translation>{segment}（R {r}，FM {fm}）：此格 {cell} 位顧客
分群：{count} 位顧客，消費 {revenue}</translation>
    </message>
    <message>
        <source>Customers by lifecycle stage</source>
        <translation>各生命週期階段的顧客</translation>
    </message>
    <message>
        <source>Return rate by listing</source>
        <translation>各商品退貨率</translation>
    </message>
    <message>
        <source>The {count} listings with the highest share of units sold that were asked back; red: far above the shop&apos;s average.</source>
        <translation>退貨率最高的 {count} 項商品（申請退回件數占售出件數的比例）；紅色：遠高於商店平均值。</translation>
    </message>
    <message>
        <source>Return rate by marketplace</source>
        <translation>各平台退貨率</translation>
    </message>
    <message>
        <source>Return rate by country</source>
        <translation>各國家/地區退貨率</translation>
    </message>
    <message>
        <source>Units asked back out of units sold.</source>
        <translation>申請退回件數占售出件數的比例。</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>退貨率</translation>
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
        <translation>商店平均 {percent}</translation>
    </message>
    <message>
        <source>Far above the average</source>
        <translation>遠高於平均值</translation>
    </message>
    <message>
        <source>Return requests by reason</source>
        <translation>退貨申請原因分布</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申請數</translation>
    </message>
    <message>
        <source>{count} ({percent})</source>
        <translation>{count}（{percent}）</translation>
    </message>
    <message>
        <source>{reason}: {count} requests ({percent})</source>
        <translation>{reason}：{count} 筆申請（{percent}）</translation>
    </message>
    <message>
        <source>What returns cost per month</source>
        <translation>每月退貨成本</translation>
    </message>
    <message>
        <source>Refunds and return labels the shop paid, by the month the requests were made.</source>
        <translation>商店支付的退款與退貨運單費用，依申請提出的月份統計。</translation>
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
        <translation>退貨運費</translation>
    </message>
    <message>
        <source>{month}: {total} ({refunds} refunds, {shipping} return shipping), {count} requests</source>
        <translation>{month}：{total}（退款 {refunds}，退貨運費 {shipping}），{count} 筆申請</translation>
    </message>
    <message>
        <source>{stage}: {count} customers ({percent})</source>
        <translation>{stage}：{count} 位顧客（{percent}）</translation>
    </message>
    <message>
        <source>Moves between lifecycle stages</source>
        <translation>生命週期階段變動</translation>
    </message>
    <message>
        <source>Customers changing stage during each month; the {count} largest moves.</source>
        <translation>每月變更階段的顧客；顯示變動最多的 {count} 項。</translation>
    </message>
    <message>
        <source>Customers changing stage during each month; the {count} largest moves. The last month is not over yet (dashed).</source>
        <translation>每月變更階段的顧客；顯示變動最多的 {count} 項。最後一個月尚未結束（虛線）。</translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <source>{month}: {move}, {count} customers</source>
        <translation>{month}：{move}，{count} 位顧客</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>顧客終身價值</translation>
    </message>
    <message>
        <source>{count} customers by predicted value.</source>
        <translation>依預測價值分布的 {count} 位顧客。</translation>
    </message>
    <message>
        <source>{count} customers by predicted value; {beyond} above {amount} are not shown.</source>
        <translation>依預測價值分布的 {count} 位顧客；另有 {beyond} 位高於 {amount} 的顧客未顯示。</translation>
    </message>
    <message>
        <source>Predicted value per customer ({currency})</source>
        <translation>每位顧客的預測價值（{currency}）</translation>
    </message>
    <message>
        <source>Median {amount}</source>
        <translation>中位數 {amount}</translation>
    </message>
    <message>
        <source>Mean {amount}</source>
        <translation>平均值 {amount}</translation>
    </message>
    <message>
        <source>{low} to {high}: {count} customers ({percent})</source>
        <translation>{low} 至 {high}：{count} 位顧客（{percent}）</translation>
    </message>
    <message>
        <source>Model check: repeat purchases, actual and predicted</source>
        <translation>模型檢驗：回購的實際值與預測值</translation>
    </message>
    <message>
        <source>Cumulative repeat purchase days of the customers known at the calibration end.</source>
        <translation>校準期結束時已知顧客的累計回購天數。</translation>
    </message>
    <message>
        <source>Repeat purchases (cumulative)</source>
        <translation>回購次數（累計）</translation>
    </message>
    <message>
        <source>Weeks since the first purchase in the data</source>
        <translation>自資料中首次購買起的週數</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>Predicted by the model</source>
        <translation>模型預測</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校準期</translation>
    </message>
    <message>
        <source>Holdout</source>
        <translation>驗證期</translation>
    </message>
    <message>
        <source>Week {week}: {actual} actual, {predicted} predicted</source>
        <translation>第 {week} 週：實際 {actual}，預測 {predicted}</translation>
    </message>
    <message>
        <source>Delivery time by carrier</source>
        <translation>各物流業者配送時效</translation>
    </message>
    <message>
        <source>Delivery time by destination</source>
        <translation>各目的地配送時效</translation>
    </message>
    <message>
        <source>Days from shipping to delivery: half the parcels arrive within the dark bar, nine in ten within the light one.</source>
        <translation>從出貨到送達的天數：半數包裹在深色長條範圍內送達，九成在淺色長條範圍內送達。</translation>
    </message>
    <message>
        <source>The {count} destinations with the most parcels. Days from shipping to delivery: half the parcels arrive within the dark bar, nine in ten within the light one.</source>
        <translation>包裹最多的 {count} 個目的地。從出貨到送達的天數：半數包裹在深色長條範圍內送達，九成在淺色長條範圍內送達。</translation>
    </message>
    <message>
        <source>Delivery time by route</source>
        <translation>各路線送達時效</translation>
    </message>
    <message>
        <source>The {count} busiest pairs of carrier and destination. Half the parcels arrive within the dark bar, nine in ten within the light one.</source>
        <translation>出貨量最大的 {count} 組物流業者與目的地組合。一半包裹在深色長條所示天數內送達，九成在淺色長條所示天數內送達。</translation>
    </message>
    <message>
        <source>Days in transit</source>
        <translation>運送天數</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位數</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>第 90 百分位數</translation>
    </message>
    <message>
        <source>{median} · {p90} days</source>
        <translation>{median} · {p90} 天</translation>
    </message>
    <message>
        <source>{name}: median {median} days, 9 in 10 within {p90} days; {delivered} of {shipped} parcels delivered</source>
        <translation>{name}：中位數 {median} 天，九成在 {p90} 天內送達；{shipped} 件包裹中已送達 {delivered} 件</translation>
    </message>
    <message>
        <source>On time and exceptions by carrier</source>
        <translation>各物流業者準時率與異常率</translation>
    </message>
    <message>
        <source>On time: delivered parcels that arrived by their promised day. Exceptions: parcels that ever had an exception or a failed delivery attempt.</source>
        <translation>準時：在承諾送達日當天或之前送達的包裹。異常：曾發生異常或配送失敗的包裹。</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>準時</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>異常</translation>
    </message>
    <message>
        <source>Share of parcels</source>
        <translation>包裹占比</translation>
    </message>
    <message>
        <source>no promised dates</source>
        <translation>無承諾送達日</translation>
    </message>
    <message>
        <source>{name}: {percent} of delivered parcels arrived by the promised day</source>
        <translation>{name}：{percent} 的已送達包裹在承諾送達日當天或之前送達</translation>
    </message>
    <message>
        <source>{name}: no delivered parcel had a promised day</source>
        <translation>{name}：已送達的包裹皆無承諾送達日</translation>
    </message>
    <message>
        <source>{name}: {percent} of {shipped} parcels had an exception or a failed delivery</source>
        <translation>{name}：{shipped} 件包裹中有 {percent} 發生異常或配送失敗</translation>
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
        <source>Check</source>
        <translation>提醒</translation>
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
    <message>
        <source>Margin</source>
        <translation>利潤</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申請</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>In state since</source>
        <translation>進入目前狀態時間</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>已開啟天數</translation>
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
        <translation>貨件追蹤碼</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>物流業者</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>最新貨態</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承諾送達日</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送達</translation>
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
        <source>Return</source>
        <translation>退貨</translation>
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
    <message>
        <source>Working out each order&apos;s profit</source>
        <translation>正在計算每筆訂單的利潤</translation>
    </message>
    <message>
        <source>Checking prices against today&apos;s rates</source>
        <translation>依今日匯率檢查價格</translation>
    </message>
    <message>
        <source>Writing return requests</source>
        <translation>正在寫入退貨申請</translation>
    </message>
    <message>
        <source>Writing shipments and their tracking</source>
        <translation>正在寫入貨件及其貨態</translation>
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
        <source>Picture {id} of this listing no longer exists.</source>
        <translation>此商品的圖片 {id} 已不存在。</translation>
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
    <message>
        <source>The holdout share must be at least 0% and below 100%; not {percent}%.</source>
        <translation>對照組比例必須不低於 0% 且低於 100%；{percent}% 無效。</translation>
    </message>
    <message>
        <source>The conversion window must be at least 1 day; not {days}.</source>
        <translation>轉換觀察期至少須為 1 天；{days} 無效。</translation>
    </message>
    <message>
        <source>{converted} converted out of {customers} customers is not possible.</source>
        <translation>{customers} 位顧客中不可能有 {converted} 位轉換。</translation>
    </message>
    <message>
        <source>Give at least one tier, like Bronze: 0, Silver: 500.</source>
        <translation>請至少設定一個會員等級，例如：銅卡: 0, 銀卡: 500。</translation>
    </message>
    <message>
        <source>A tier is written name: amount, like Silver: 500; not {text}.</source>
        <translation>會員等級的格式為「名稱: 金額」，例如 銀卡: 500；{text} 無效。</translation>
    </message>
    <message>
        <source>The amount of tier {name} must be a number of 0 or more; not {amount}.</source>
        <translation>等級 {name} 的金額必須是大於或等於 0 的數字；{amount} 無效。</translation>
    </message>
    <message>
        <source>The amount of tier {name} has more decimals than the currency allows ({digits}): {amount}.</source>
        <translation>等級 {name} 的金額 {amount} 的小數位數超出該幣別允許的位數（{digits} 位）。</translation>
    </message>
    <message>
        <source>The first tier must start at 0, so that every customer has one; {name} starts at {amount}.</source>
        <translation>第一個等級的門檻必須為 0，以確保每位顧客都有等級；{name} 的門檻為 {amount}。</translation>
    </message>
    <message>
        <source>Each tier needs a higher amount than the one before it: {name} ({amount}) comes after {previous} ({previous_amount}).</source>
        <translation>每個等級的金額都必須高於前一個等級：{name}（{amount}）排在 {previous}（{previous_amount}）之後。</translation>
    </message>
    <message>
        <source>Two tiers are called {name}.</source>
        <translation>有兩個等級都名為 {name}。</translation>
    </message>
    <message>
        <source>The tier name {name} is longer than {limit} characters.</source>
        <translation>等級名稱 {name} 超過 {limit} 個字元。</translation>
    </message>
    <message>
        <source>Points per unit must be a number of 0 or more; not {value}.</source>
        <translation>每單位點數必須是大於或等於 0 的數字；{value} 無效。</translation>
    </message>
    <message>
        <source>Points expire after 0 months (never) or more; not {months}.</source>
        <translation>點數效期須為 0 個月（永不到期）或以上；{months} 無效。</translation>
    </message>
    <message>
        <source>{name} is not a time zone; write it like Europe/Berlin or Asia/Shanghai.</source>
        <translation>{name} 不是有效的時區；請依 Europe/Berlin 或 Asia/Taipei 的格式填寫。</translation>
    </message>
    <message>
        <source>Give a whole number from {low} to {high}.</source>
        <translation>請輸入 {low} 到 {high} 之間的整數。</translation>
    </message>
    <message>
        <source>Give a number from {low} to {high}.</source>
        <translation>請輸入 {low} 到 {high} 之間的數字。</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>請為行銷活動命名。</translation>
    </message>
    <message>
        <source>A campaign needs at least one customer.</source>
        <translation>行銷活動至少需要一位顧客。</translation>
    </message>
    <message>
        <source>Hold out from 0 to 50 percent of the customers.</source>
        <translation>對照組比例須介於 0% 到 50% 之間。</translation>
    </message>
    <message>
        <source>Measure over 1 to 365 days after sending.</source>
        <translation>觀察期須為發送後 1 到 365 天。</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>無法寫入 {path}：{reason}</translation>
    </message>
    <message>
        <source>No rate for {currency}; type one in.</source>
        <translation>沒有 {currency} 的匯率，請手動輸入。</translation>
    </message>
    <message>
        <source>The rate for {currency} is not positive: {rate}</source>
        <translation>{currency} 的匯率不是正數：{rate}</translation>
    </message>
    <message>
        <source>{provider} answered without any rates.</source>
        <translation>{provider} 的回應中沒有任何匯率。</translation>
    </message>
    <message>
        <source>{provider} gave {rate} for {currency} on {day}, which is not a positive number.</source>
        <translation>{provider} 提供的 {day} {currency} 匯率為 {rate}，不是正數。</translation>
    </message>
    <message>
        <source>A rate is a positive number, like 32.5; not {text}</source>
        <translation>匯率應為正數，例如 32.5；而不是 {text}</translation>
    </message>
    <message>
        <source>Give {currency}&apos;s rate against another currency.</source>
        <translation>請填寫 {currency} 對另一種貨幣的匯率。</translation>
    </message>
    <message>
        <source>Unknown rate provider {name}; choose from: {choices}.</source>
        <translation>未知的匯率來源 {name}；可選：{choices}。</translation>
    </message>
    <message>
        <source>Name at least one rate provider.</source>
        <translation>請至少填寫一個匯率來源。</translation>
    </message>
    <message>
        <source>{url} is not a web address (http:// or https://).</source>
        <translation>{url} 不是網址（應以 http:// 或 https:// 開頭）。</translation>
    </message>
    <message>
        <source>The rates file {path} cannot be read ({reason}).</source>
        <translation>無法讀取匯率檔案 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The rates file must start with the line date,currency,rate (and ,base if some rates are not per EUR); it starts with: {header}</source>
        <translation>匯率檔案的第一行必須是 date,currency,rate（若有匯率不是以歐元計，再加 ,base）；目前第一行是：{header}</translation>
    </message>
    <message>
        <source>The rates file has no rates.</source>
        <translation>匯率檔案中沒有匯率。</translation>
    </message>
    <message>
        <source>Row {row} has {count} cells; expected {expected}.</source>
        <translation>第 {row} 列有 {count} 個儲存格，應為 {expected} 個。</translation>
    </message>
    <message>
        <source>Row {row}: &apos;{value}&apos; is not a date like 2026-03-31.</source>
        <translation>第 {row} 列：「{value}」不是 2026-03-31 這樣的日期。</translation>
    </message>
    <message>
        <source>Row {row}: &apos;{value}&apos; is not a currency code (three letters, such as USD).</source>
        <translation>第 {row} 列：「{value}」不是貨幣代碼（三個字母，例如 USD）。</translation>
    </message>
    <message>
        <source>Row {row}: &apos;{value}&apos; is not a rate above zero.</source>
        <translation>第 {row} 列：「{value}」不是大於零的匯率。</translation>
    </message>
    <message>
        <source>Row {row}: a rate of {currency} against itself means nothing.</source>
        <translation>第 {row} 列：{currency} 對自身的匯率沒有意義。</translation>
    </message>
    <message>
        <source>Row {row}: {currency} on {day} was already given on row {earlier}.</source>
        <translation>第 {row} 列：{day} 的 {currency} 已在第 {earlier} 列提供。</translation>
    </message>
    <message>
        <source>Row {row}: {currency} is given per {base}, but the file has no rate for {base} per EUR on {day}.</source>
        <translation>第 {row} 列：{currency} 是以 {base} 計價的，但檔案中沒有 {day} {base} 對歐元的匯率。</translation>
    </message>
    <message>
        <source>Could not reach the {provider} rates service at {url} ({reason}).</source>
        <translation>無法連線至 {provider} 匯率服務 {url}（{reason}）。</translation>
    </message>
    <message>
        <source>The {provider} rates service did not answer within {seconds} seconds.</source>
        <translation>{provider} 匯率服務在 {seconds} 秒內沒有回應。</translation>
    </message>
    <message>
        <source>The {provider} rates service answered HTTP {status} for {url}.</source>
        <translation>{provider} 匯率服務對 {url} 回傳了 HTTP {status}。</translation>
    </message>
    <message>
        <source>The {provider} rates service sent a web page instead of rates ({url}); it may have moved or be down.</source>
        <translation>{provider} 匯率服務回傳的是網頁而不是匯率（{url}）；該服務可能已搬遷或暫時無法使用。</translation>
    </message>
    <message>
        <source>The {provider} rates service sent rates this app cannot read: {reason}.</source>
        <translation>{provider} 匯率服務回傳的匯率無法讀取：{reason}。</translation>
    </message>
    <message>
        <source>The {provider} rates service sent &apos;{value}&apos; as the rate of {currency} on {day}.</source>
        <translation>{provider} 匯率服務提供的 {day} {currency} 匯率是「{value}」。</translation>
    </message>
    <message>
        <source>The {provider} rates service has no rate for {currency} on {day}.</source>
        <translation>{provider} 匯率服務沒有 {day} 的 {currency} 匯率。</translation>
    </message>
    <message>
        <source>The {provider} rates service has no rates for {day}.</source>
        <translation>{provider} 匯率服務沒有 {day} 的匯率。</translation>
    </message>
    <message>
        <source>The {provider} rates service has no rates available ({reason}).</source>
        <translation>{provider} 匯率服務暫無可用匯率（{reason}）。</translation>
    </message>
    <message>
        <source>The {provider} rates service refused the request: {reason}.</source>
        <translation>{provider} 匯率服務拒絕了請求：{reason}。</translation>
    </message>
    <message>
        <source>The {provider} rates service is asked one day at a time; {days} days is more than the {limit} allowed at once.</source>
        <translation>{provider} 匯率服務每次只能查詢一天；{days} 天超過了單次允許的 {limit} 天。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a rates provider; choose one of {names}.</source>
        <translation>「{name}」不是匯率來源；請從 {names} 中選擇。</translation>
    </message>
    <message>
        <source>No rate for {currency} on or before {day}; update the rates or type one in.</source>
        <translation>{day} 及之前沒有 {currency} 的匯率；請更新匯率或手動輸入。</translation>
    </message>
    <message>
        <source>No rate provider answered: {failures}</source>
        <translation>沒有任何匯率來源回應：{failures}</translation>
    </message>
    <message>
        <source>EUR is what every rate is counted against; type the other currency.</source>
        <translation>所有匯率都以歐元為基準；請填寫另一種貨幣。</translation>
    </message>
    <message>
        <source>A price ending is written CUR=.99 (charm) or CUR=10 (whole tens); not {text}</source>
        <translation>價格尾數請寫成 幣別=.99（以 .99 結尾）或 幣別=10（取整到十位）；而不是 {text}</translation>
    </message>
    <message>
        <source>{text} is not a price ending: write .99 for a charm ending or 10 for whole tens</source>
        <translation>{text} 不是有效的價格尾數：以 .99 結尾請寫 .99，取整到十位請寫 10</translation>
    </message>
    <message>
        <source>{currency} prices have {digits} decimals, so they cannot end in {text}</source>
        <translation>{currency} 價格有 {digits} 位小數，因此不能以 {text} 結尾</translation>
    </message>
    <message>
        <source>{currency} has two price endings; keep one</source>
        <translation>{currency} 設定了兩個價格尾數；請只保留一個</translation>
    </message>
    <message>
        <source>{text}: {code} is not a currency code</source>
        <translation>{text}：{code} 不是幣別代碼</translation>
    </message>
    <message>
        <source>{field}: {text} is not a number.</source>
        <translation>{field}：{text} 不是有效的數字。</translation>
    </message>
    <message>
        <source>{field}: {currency} amounts have {digits} decimals; {text} has more.</source>
        <translation>{field}：{currency} 金額只有 {digits} 位小數，{text} 的小數位數過多。</translation>
    </message>
    <message>
        <source>The price rule for {market} cannot work: fees of {fees} % of the price and a margin of {margin} % leave nothing to pay for the goods; lower the margin or the fees.</source>
        <translation>{market} 的定價規則無法成立：手續費佔售價的 {fees}%，利潤率為 {margin}%，已沒有餘額支付商品成本；請降低利潤率或手續費。</translation>
    </message>
    <message>
        <source>A cost cannot be negative: {cost}</source>
        <translation>成本不可為負數：{cost}</translation>
    </message>
    <message>
        <source>{field} must be from 0 to 100 %, not {value}.</source>
        <translation>{field} 必須介於 0 到 100% 之間，而非 {value}。</translation>
    </message>
    <message>
        <source>{field} cannot be negative.</source>
        <translation>{field} 不可為負數。</translation>
    </message>
    <message>
        <source>The minimum margin ({min} %) cannot be above the target margin ({target} %).</source>
        <translation>最低利潤率（{min}%）不可高於目標利潤率（{target}%）。</translation>
    </message>
    <message>
        <source>{count} of the chosen rows have no new price (first: {sku} in {market}); nothing was written.</source>
        <translation>所選的列中有 {count} 列沒有新價格（第一筆是 {market} 中的 {sku}）；未寫入任何內容。</translation>
    </message>
    <message>
        <source>{count} offers changed or went away since the preview; nothing was written. Preview again.</source>
        <translation>預覽之後有 {count} 筆刊登已變更或已不存在；未寫入任何內容。請重新預覽。</translation>
    </message>
    <message>
        <source>There is no market {market}; markets: {markets}.</source>
        <translation>沒有市場 {market}；現有市場：{markets}。</translation>
    </message>
    <message>
        <source>{account} sells in several currencies; name one: {markets}.</source>
        <translation>{account} 以多種幣別銷售；請指定其中一個：{markets}。</translation>
    </message>
    <message>
        <source>There is no listing with SKU {sku}.</source>
        <translation>沒有 SKU 為 {sku} 的商品。</translation>
    </message>
    <message>
        <source>No price rule for {market}; set one in Price rules.</source>
        <translation>{market} 沒有定價規則；請在「定價規則」中設定。</translation>
    </message>
    <message>
        <source>No exchange rate for {currency}; update the rates or type one in.</source>
        <translation>沒有 {currency} 的匯率；請更新匯率或手動輸入。</translation>
    </message>
    <message>
        <source>There is no marketplace account {id}.</source>
        <translation>沒有平台帳號 {id}。</translation>
    </message>
    <message>
        <source>Type the rate, like 32.5.</source>
        <translation>請輸入匯率，例如 32.5。</translation>
    </message>
    <message>
        <source>Return policy {id} no longer exists.</source>
        <translation>退貨政策 {id} 已不存在。</translation>
    </message>
    <message>
        <source>Return request {id} no longer exists.</source>
        <translation>退貨申請 {id} 已不存在。</translation>
    </message>
    <message>
        <source>Write each country as CODE=days, for example CN=12; {part} is not.</source>
        <translation>每個國家/地區請寫成「代碼=天數」，例如 CN=12；{part} 不符合此格式。</translation>
    </message>
    <message>
        <source>The days for {country} must be a whole number from 1 to {high}.</source>
        <translation>{country} 的天數必須是 1 到 {high} 之間的整數。</translation>
    </message>
    <message>
        <source>Unknown tracking service {name}; choose 17track or aftership.</source>
        <translation>未知的物流查詢服務 {name}；請選擇 17track 或 aftership。</translation>
    </message>
    <message>
        <source>Could not reach the {provider} tracking service at {url} ({reason}).</source>
        <translation>無法連線至 {provider} 物流查詢服務 {url}（{reason}）。</translation>
    </message>
    <message>
        <source>The {provider} tracking service did not answer within {seconds} seconds.</source>
        <translation>{provider} 物流查詢服務在 {seconds} 秒內沒有回應。</translation>
    </message>
    <message>
        <source>The {provider} tracking service answered HTTP {status} for {url}.</source>
        <translation>{provider} 物流查詢服務對 {url} 回傳了 HTTP {status}。</translation>
    </message>
    <message>
        <source>The {provider} tracking service sent an answer this app cannot read: {reason}.</source>
        <translation>{provider} 物流查詢服務回傳的回應無法讀取：{reason}。</translation>
    </message>
    <message>
        <source>No {provider} API key is set; enter it in the tracking settings.</source>
        <translation>未設定 {provider} API 金鑰；請在物流追蹤設定中輸入。</translation>
    </message>
    <message>
        <source>{provider} refused the API key ({reason}); check the key in the tracking settings.</source>
        <translation>{provider} 拒絕了此 API 金鑰（{reason}）；請在物流追蹤設定中檢查金鑰。</translation>
    </message>
    <message>
        <source>{provider} does not accept calls from this computer&apos;s IP address; add it to the API key&apos;s IP whitelist in your {provider} account.</source>
        <translation>{provider} 不接受來自這台電腦 IP 位址的請求；請在您的 {provider} 帳號中將此 IP 加入該 API 金鑰的 IP 白名單。</translation>
    </message>
    <message>
        <source>Your {provider} account is disabled; tracking cannot be refreshed until it is enabled again.</source>
        <translation>您的 {provider} 帳號已停用；重新啟用之前無法更新貨態。</translation>
    </message>
    <message>
        <source>{provider} does not let this API key manage trackings ({reason}).</source>
        <translation>{provider} 不允許此 API 金鑰管理追蹤號碼（{reason}）。</translation>
    </message>
    <message>
        <source>Your {provider} tracking quota is used up ({reason}); no more numbers can be registered until it renews or more is bought.</source>
        <translation>您的 {provider} 查詢額度已用完（{reason}）；在額度續期或購買更多額度之前，無法再登錄新的號碼。</translation>
    </message>
    <message>
        <source>{provider} still refused calls as too frequent after {attempts} tries; try again in a minute.</source>
        <translation>重試 {attempts} 次後，{provider} 仍以請求過於頻繁為由拒絕；請一分鐘後再試。</translation>
    </message>
    <message>
        <source>The {provider} tracking service refused the request: {reason} (code {code}).</source>
        <translation>{provider} 物流查詢服務拒絕了請求：{reason}（代碼 {code}）。</translation>
    </message>
    <message>
        <source>&apos;{provider}&apos; is not a tracking service; choose one of {names}.</source>
        <translation>「{provider}」不是物流查詢服務；請從 {names} 中選擇。</translation>
    </message>
    <message>
        <source>Shipment {id} no longer exists.</source>
        <translation>貨件 {id} 已不存在。</translation>
    </message>
    <message>
        <source>{provider} refused {number}: {reason} ({code}).</source>
        <translation>{provider} 拒絕了 {number}：{reason}（{code}）。</translation>
    </message>
    <message>
        <source>{provider} sent an answer for {number} that this app cannot read: {reason}.</source>
        <translation>{provider} 回傳的 {number} 查詢結果無法讀取：{reason}。</translation>
    </message>
    <message>
        <source>{provider} gave no answer for {number}.</source>
        <translation>{provider} 沒有回傳 {number} 的查詢結果。</translation>
    </message>
    <message>
        <source>No API key for {provider} yet: add it in Settings → Shipments and tracking, or set ${variable}.</source>
        <translation>尚未設定 {provider} 的 API 金鑰：請在「設定 → 貨件與物流追蹤」中新增，或設定 ${variable}。</translation>
    </message>
    <message>
        <source>Paste the API key as your tracking service shows it: one word, no spaces.</source>
        <translation>請依物流查詢服務顯示的原樣貼上 API 金鑰：一串連續字元，不含空格。</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>An Excel workbook is a binary file: write it to a file (--out FILE).</source>
        <translation>Excel 活頁簿是二進位檔案：請將其寫入檔案（--out FILE）。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>Cannot export {table}; choose one of: {known}.</source>
        <translation>無法匯出 {table}，請從下列選項中選擇：{known}。</translation>
    </message>
    <message>
        <source>Unknown format {format}; choose csv, json or xlsx.</source>
        <translation>未知的格式 {format}，請選擇 csv、json 或 xlsx。</translation>
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
    <name>formatting</name>
    <message>
        <source>just now</source>
        <translation>剛剛</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小時前</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分鐘前</translation>
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
    <message>
        <source>a shipments file</source>
        <translation>貨件檔案</translation>
    </message>
    <message>
        <source>There is no order {value} in this shop.</source>
        <translation>本商店沒有訂單 {value}。</translation>
    </message>
    <message>
        <source>{column} is empty.</source>
        <translation>{column} 為空白。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a weight in grams.</source>
        <translation>「{value}」不是以公克為單位的有效重量。</translation>
    </message>
    <message>
        <source>The tracking number {value} is on row {row} already.</source>
        <translation>貨件追蹤碼 {value} 已出現在第 {row} 列。</translation>
    </message>
</context>
<context>
    <name>listings</name>
    <message>
        <source>Type a SKU.</source>
        <translation>請輸入 SKU。</translation>
    </message>
    <message>
        <source>A SKU has at most {limit} characters.</source>
        <translation>SKU 最多 {limit} 個字元。</translation>
    </message>
    <message>
        <source>A SKU uses letters, digits and - _ . / only (no spaces): {bad}</source>
        <translation>SKU 只能包含英文字母、數字和 - _ . /（不可有空格）：{bad}</translation>
    </message>
    <message>
        <source>Another listing already has the SKU {sku}.</source>
        <translation>已有其他商品使用 SKU {sku}。</translation>
    </message>
    <message>
        <source>A listing cannot be a variant of itself.</source>
        <translation>商品不可是自身的變體。</translation>
    </message>
    <message>
        <source>Type a title.</source>
        <translation>請輸入標題。</translation>
    </message>
    <message>
        <source>At most {limit} characters ({count} now).</source>
        <translation>最多 {limit} 個字元（目前 {count} 個）。</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>成本不可為負數。</translation>
    </message>
    <message>
        <source>That number is too large.</source>
        <translation>數字太大。</translation>
    </message>
    <message>
        <source>Not an ISO currency code: {code}</source>
        <translation>不是有效的 ISO 幣別代碼：{code}</translation>
    </message>
    <message>
        <source>The weight cannot be negative.</source>
        <translation>重量不可為負數。</translation>
    </message>
    <message>
        <source>An HS code has 6 to 10 digits (dots and spaces allowed): {code}</source>
        <translation>HS 代碼應為 6 到 10 位數字（可含點和空格）：{code}</translation>
    </message>
    <message>
        <source>Not an ISO country code (two letters, like CN or DE): {code}</source>
        <translation>不是有效的 ISO 國家/地區代碼（2 碼英文字母，例如 CN 或 DE）：{code}</translation>
    </message>
    <message>
        <source>The stock on hand cannot be negative.</source>
        <translation>現有庫存不可為負數。</translation>
    </message>
    <message>
        <source>Offer {offer}: the price must be above 0.</source>
        <translation>刊登 {offer}：價格必須大於 0。</translation>
    </message>
    <message>
        <source>Offer {offer}: the quantity buffer cannot be negative.</source>
        <translation>刊登 {offer}：保留數量不可為負數。</translation>
    </message>
    <message>
        <source>Offer {offer}: not an ISO currency code: {code}</source>
        <translation>刊登 {offer}：不是有效的 ISO 幣別代碼：{code}</translation>
    </message>
    <message>
        <source>Offer {offer} repeats offer {first}: one offer per account and currency.</source>
        <translation>刊登 {offer} 與刊登 {first} 重複：每個平台帳號與幣別只能有一筆刊登。</translation>
    </message>
    <message>
        <source>Offer {offer}: at most {limit} characters ({count} now).</source>
        <translation>刊登 {offer}：最多 {limit} 個字元（目前 {count} 個）。</translation>
    </message>
    <message>
        <source>Offer {offer}: that number is too large.</source>
        <translation>刊登 {offer}：數字太大。</translation>
    </message>
    <message>
        <source>Not a whole number: {text}</source>
        <translation>不是整數：{text}</translation>
    </message>
    <message>
        <source>Not an amount: {text}</source>
        <translation>不是有效的金額：{text}</translation>
    </message>
    <message>
        <source>{name} is not a picture Seller Desk can show (PNG, JPEG, GIF, WebP or BMP).</source>
        <translation>{name} 不是 Seller Desk 能顯示的圖片（支援 PNG、JPEG、GIF、WebP 或 BMP）。</translation>
    </message>
    <message>
        <source>{name} is {size} MB; pictures of up to {limit} MB are accepted.</source>
        <translation>{name} 大小為 {size} MB；圖片不可超過 {limit} MB。</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>無法讀取 {name}：{reason}</translation>
    </message>
    <message>
        <source>Cannot copy {name} into the image folder {folder}: {reason}</source>
        <translation>無法將 {name} 複製到圖片資料夾 {folder}：{reason}</translation>
    </message>
    <message>
        <source>This shop has no image folder.</source>
        <translation>此商店沒有圖片資料夾。</translation>
    </message>
    <message>
        <source>This picture is already on the listing: {name}</source>
        <translation>此商品已有這張圖片：{name}</translation>
    </message>
    <message>
        <source>Listing {sku} was changed elsewhere after you opened it (at {when}). Close the editor and open the listing again to see that change; nothing was saved.</source>
        <translation>商品 {sku} 在您開啟後已在其他地方被修改（{when}）。請關閉編輯器並重新開啟該商品以查看變更；本次未儲存任何內容。</translation>
    </message>
    <message>
        <source>Offer {offer}: that marketplace account is gone.</source>
        <translation>刊登 {offer}：該平台帳號已不存在。</translation>
    </message>
</context>
<context>
    <name>loyalty</name>
    <message>
        <source>Give the points as a whole number other than 0 (negative to take points away).</source>
        <translation>點數須為非 0 的整數（負數表示扣除點數）。</translation>
    </message>
    <message>
        <source>At most {limit} points can be granted at once.</source>
        <translation>單次最多可發放 {limit} 點。</translation>
    </message>
    <message>
        <source>Say why the points are granted (a review, a referral).</source>
        <translation>請說明發放點數的原因（例如評價、推薦）。</translation>
    </message>
    <message>
        <source>A reason can hold at most {limit} characters.</source>
        <translation>原因最多 {limit} 個字元。</translation>
    </message>
    <message>
        <source>{name} was merged into another customer; grant the points there.</source>
        <translation>{name} 已合併至其他顧客，請改向該顧客發放點數。</translation>
    </message>
    <message>
        <source>Earned on an order</source>
        <translation>訂購獲得</translation>
    </message>
    <message>
        <source>Earned on order %1</source>
        <translation>訂單 %1 獲得</translation>
    </message>
    <message>
        <source>Refund on an order</source>
        <translation>訂單退款扣回</translation>
    </message>
    <message>
        <source>Refund on order %1</source>
        <translation>訂單 %1 退款扣回</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Expired (earned on %1)</source>
        <translation>已到期（獲得於 %1）</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>等級變為 %1</translation>
    </message>
    <message>
        <source>Granted: %1</source>
        <translation>發放：%1</translation>
    </message>
    <message>
        <source>Top tier</source>
        <translation>已是最高等級</translation>
    </message>
    <message>
        <source>%1 more to reach %2</source>
        <translation>再消費 %1 即可升至 %2</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Spent in the last 12 months</source>
        <translation>近 12 個月消費額</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>下一等級</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <source>%1 points, from %2</source>
        <translation>%1 點，%2 起到期</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>會員與點數</translation>
    </message>
    <message>
        <source>Grant points…</source>
        <translation>發放點數…</translation>
    </message>
    <message>
        <source>No points yet.</source>
        <translation>尚無點數。</translation>
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
    <name>offers</name>
    <message>
        <source>Account</source>
        <translation>平台帳號</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Marketplace id</source>
        <translation>平台商品 ID</translation>
    </message>
    <message>
        <source>Title there (if different)</source>
        <translation>平台上的標題（若不同）</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Keep back (qty)</source>
        <translation>保留數量</translation>
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
    <name>pricing</name>
    <message>
        <source>Marketplace fee</source>
        <translation>平台手續費</translation>
    </message>
    <message>
        <source>Payment fee</source>
        <translation>金流手續費</translation>
    </message>
    <message>
        <source>Target margin</source>
        <translation>目標利潤率</translation>
    </message>
    <message>
        <source>Minimum margin</source>
        <translation>最低利潤率</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>加值稅</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>運費</translation>
    </message>
    <message>
        <source>Fixed fee per order</source>
        <translation>每筆訂單固定費用</translation>
    </message>
    <message>
        <source>Price ending</source>
        <translation>價格尾數</translation>
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
    <name>profit</name>
    <message>
        <source>All</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Updating loyalty points</source>
        <translation>正在更新點數</translation>
    </message>
    <message>
        <source>Asking rate providers</source>
        <translation>正在查詢匯率來源</translation>
    </message>
    <message>
        <source>Rates stored</source>
        <translation>匯率已儲存</translation>
    </message>
    <message>
        <source>Writing new prices</source>
        <translation>正在寫入新價格</translation>
    </message>
    <message>
        <source>Checking margins against today&apos;s rates</source>
        <translation>正在依今天的匯率檢查利潤率</translation>
    </message>
    <message>
        <source>Working out new prices</source>
        <translation>正在計算新價格</translation>
    </message>
    <message>
        <source>Working out the profit of each order</source>
        <translation>正在計算每筆訂單的利潤</translation>
    </message>
    <message>
        <source>Looking parcels up</source>
        <translation>正在查詢包裹</translation>
    </message>
    <message>
        <source>Registering new tracking numbers</source>
        <translation>正在登錄新的貨件追蹤碼</translation>
    </message>
</context>
<context>
    <name>rates</name>
    <message>
        <source>ECB</source>
        <translation>歐洲央行（ECB）</translation>
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
        <translation>手動輸入</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Rates of %1 from %2: %3 new, %4 changed, %5 unchanged.</source>
        <translation>%2 提供的 %1 匯率：新增 %3 筆、變更 %4 筆、未變更 %5 筆。</translation>
    </message>
    <message>
        <source>%1 failed first: %2</source>
        <translation>%1 取得失敗（已改用下一個來源）：%2</translation>
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
    <name>reprice</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市場</translation>
    </message>
    <message>
        <source>Old price</source>
        <translation>原價</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>新價</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變動</translation>
    </message>
    <message>
        <source>Old margin</source>
        <translation>原利潤率</translation>
    </message>
    <message>
        <source>New margin</source>
        <translation>新利潤率</translation>
    </message>
    <message>
        <source>Without VAT</source>
        <translation>未含加值稅</translation>
    </message>
    <message>
        <source>With VAT</source>
        <translation>含加值稅</translation>
    </message>
    <message>
        <source>Rate used</source>
        <translation>採用匯率</translation>
    </message>
    <message>
        <source>Apply this row</source>
        <translation>套用此列</translation>
    </message>
    <message>
        <source>Raised to the next price ending to keep the minimum margin of %1</source>
        <translation>已調高至下一個價格尾數，以維持 %1 的最低利潤率</translation>
    </message>
    <message>
        <source>Minimum margin in %1: %2</source>
        <translation>%1 的最低利潤率：%2</translation>
    </message>
    <message>
        <source>%1 %2 per %3, rate of %4 (%5)</source>
        <translation>1 %3 = %1 %2，%4 的匯率（%5）</translation>
    </message>
    <message>
        <source>This rate is %1 business days old.</source>
        <translation>此匯率已過 %1 個營業日。</translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <source>There are no customers to fit the model on yet.</source>
        <translation>尚無可用於擬合模型的顧客。</translation>
    </message>
    <message>
        <source>The purchase counts and times given to the model are not consistent.</source>
        <translation>提供給模型的購買次數與時間不一致。</translation>
    </message>
    <message>
        <source>One order so far, {days} days ago; {percent}% of buyers at this point still come back for a second order.</source>
        <translation>目前只訂購過 1 次，在 {days} 天前；處於此階段的買家中仍有 {percent}% 會再次訂購。</translation>
    </message>
    <message>
        <source>One order so far, placed {when}; {percent}% of buyers at this point still come back for a second order.</source>
        <translation>目前只訂購過 1 次，於{when}訂購；處於此階段的買家中仍有 {percent}% 會再次訂購。</translation>
    </message>
    <message>
        <source>One order, {days} days ago; only {percent}% of buyers who have waited this long come back.</source>
        <translation>只訂購過 1 次，在 {days} 天前；間隔這麼久的買家只有 {percent}% 會再次訂購。</translation>
    </message>
    <message>
        <source>One order, {days} days ago; buyers who have waited this long hardly ever come back.</source>
        <translation>只訂購過 1 次，在 {days} 天前；間隔這麼久的買家幾乎不會再訂購。</translation>
    </message>
    <message>
        <source>Last order {days} days ago; usually buys every {cycle} days, so the next one is not due yet.</source>
        <translation>最近一次訂購在 {days} 天前；通常每 {cycle} 天購買一次，還沒到下次購買的時候。</translation>
    </message>
    <message>
        <source>Last order {when}; usually buys every {cycle} days, so the next one is not due yet.</source>
        <translation>最近一次訂購在{when}；通常每 {cycle} 天購買一次，還沒到下次購買的時候。</translation>
    </message>
    <message>
        <source>No order for {days} days; usually buys every {cycle} days.</source>
        <translation>已 {days} 天未訂購；通常每 {cycle} 天購買一次。</translation>
    </message>
    <message>
        <source>No order for {days} days, about {times} times the usual {cycle} days between orders.</source>
        <translation>已 {days} 天未訂購，約為平時訂購間隔（{cycle} 天）的 {times} 倍。</translation>
    </message>
    <message>
        <source>Last order {days} days ago.</source>
        <translation>最近一次訂購在 {days} 天前。</translation>
    </message>
    <message>
        <source>Last order {when}.</source>
        <translation>最近一次訂購在{when}。</translation>
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
        <translation>此模型所依據的顧客不足 200 位：其數據僅供粗略參考。</translation>
    </message>
    <message>
        <source>Less than 90 days of history stand behind this model: treat its figures as rough.</source>
        <translation>此模型所依據的歷史資料不足 90 天：其數據僅供粗略參考。</translation>
    </message>
    <message>
        <source>Spend per order varies too much between customers to be modelled: the average repeat order value is used for everyone.</source>
        <translation>不同顧客的每筆訂單消費額差異過大，無法建模：所有顧客皆以回購訂單的平均金額計算。</translation>
    </message>
    <message>
        <source>Too few repeat customers to model spend per order: the average repeat order value is used for everyone.</source>
        <translation>回購顧客太少，無法對每筆訂單消費額建模：所有顧客皆以回購訂單的平均金額計算。</translation>
    </message>
    <message>
        <source>Lifetime value needs a horizon of 0 months or more, a yearly discount rate above -100% and a finite margin.</source>
        <translation>計算顧客終身價值需要 0 個月或以上的預測期、高於 -100% 的年折現率，以及有限的利潤率。</translation>
    </message>
    <message>
        <source>There are no repeat customers to fit the spend model on yet.</source>
        <translation>尚無可用於擬合消費模型的回購顧客。</translation>
    </message>
    <message>
        <source>The model&apos;s calibration must end on or before the as-of date.</source>
        <translation>模型的校準期必須在統計截止日期當天或之前結束。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客</translation>
    </message>
    <message>
        <source>Growing</source>
        <translation>成長期</translation>
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
        <translation>銅卡</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>銀卡</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>冠軍顧客</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠實顧客</translation>
    </message>
    <message>
        <source>Potential loyalist</source>
        <translation>潛在忠實顧客</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新顧客</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>潛力顧客</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>需關注顧客</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>即將沉睡顧客</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>風險顧客</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>不容流失顧客</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠顧客</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失顧客</translation>
    </message>
</context>
<context>
    <name>returns</name>
    <message>
        <source>A refund must be more than zero.</source>
        <translation>退款金額必須大於零。</translation>
    </message>
    <message>
        <source>A refund of {amount} is more than the {left} still refundable on this order.</source>
        <translation>退款 {amount} 超過了此訂單仍可退款的 {left}。</translation>
    </message>
    <message>
        <source>A return window is from 0 to {limit} days, not {days}.</source>
        <translation>退貨期限應為 0 到 {limit} 天，而非 {days} 天。</translation>
    </message>
    <message>
        <source>A restocking fee is from 0 to 100 %, not {pct} %.</source>
        <translation>重新上架費應為 0 到 100%，而非 {pct}%。</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申請</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒絕</translation>
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
        <translation>已檢查</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已換新</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>已換貨</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>已發放商店購物金</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>商品損壞</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>寄錯商品</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>與描述不符</translation>
    </message>
    <message>
        <source>Size or fit</source>
        <translation>尺寸或合身問題</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>改變心意</translation>
    </message>
    <message>
        <source>Arrived late</source>
        <translation>太晚送達</translation>
    </message>
    <message>
        <source>Lost in transit</source>
        <translation>運送途中遺失</translation>
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
        <translation>換新</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>換貨</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>商店購物金</translation>
    </message>
    <message>
        <source>Refund without return</source>
        <translation>僅退款不退貨</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>重新入庫</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>報廢</translation>
    </message>
    <message>
        <source>A return that is {state} cannot become {target}.</source>
        <translation>處於「{state}」狀態的退貨不能變為「{target}」。</translation>
    </message>
    <message>
        <source>Say for every returned item whether it goes back in stock or is written off.</source>
        <translation>請為每件退回的商品選擇重新入庫或報廢。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金額必須大於零。</translation>
    </message>
    <message>
        <source>Store credit of {amount} is more than the {paid} paid for the order.</source>
        <translation>商店購物金 {amount} 超過了訂單實付的 {paid}。</translation>
    </message>
    <message>
        <source>Seller Desk has no exchange rate from {currency} to {base}; add one under Rates first.</source>
        <translation>Seller Desk 沒有從 {currency} 到 {base} 的匯率；請先在「匯率」中新增。</translation>
    </message>
    <message>
        <source>Choose at least one item to return.</source>
        <translation>請至少選擇一件要退回的商品。</translation>
    </message>
    <message>
        <source>Line {line} is not on order {order}.</source>
        <translation>第 {line} 行不在訂單 {order} 中。</translation>
    </message>
    <message>
        <source>{sku}: {asked} asked for, but only {left} of {bought} bought can still be returned.</source>
        <translation>{sku}：申請退回 {asked} 件，但購買的 {bought} 件中只剩 {left} 件可以退回。</translation>
    </message>
    <message>
        <source>Unknown {what}: {value}</source>
        <translation>未知的 {what}：{value}</translation>
    </message>
    <message>
        <source>Say which SKU the customer gets in exchange.</source>
        <translation>請填寫顧客換貨所得的 SKU。</translation>
    </message>
    <message>
        <source>Use {step} for this: it records the money and stock with the move.</source>
        <translation>請使用「{step}」：它會在變更狀態的同時記錄金額和庫存。</translation>
    </message>
    <message>
        <source>Items without a listing</source>
        <translation>未連結商品的品項</translation>
    </message>
    <message>
        <source>Choose why the customer returns the items.</source>
        <translation>請選擇顧客退貨的原因。</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not an amount.</source>
        <translation>{field}：「{text}」不是有效的金額。</translation>
    </message>
    <message>
        <source>{field}: {currency} amounts have {digits} decimals at most, not “{text}”.</source>
        <translation>{field}：{currency} 金額最多 {digits} 位小數，「{text}」不符合。</translation>
    </message>
    <message>
        <source>{field} cannot be below zero.</source>
        <translation>{field} 不能小於零。</translation>
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
    <message>
        <source>Sync every (minutes)</source>
        <translation>同步間隔（分鐘）</translation>
    </message>
    <message>
        <source>While Seller Desk is open, the accounts set to sync automatically; 0 syncs only when you ask.</source>
        <translation>Seller Desk 開啟期間，設為自動同步的帳戶依此間隔同步；設為 0 則僅在你手動操作時同步。</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>The shop&apos;s time zone, which decides an order&apos;s day and month (Europe/Berlin); empty uses this computer&apos;s.</source>
        <translation>商店所在時區，用於判定訂單所屬的日期與月份（例如 Asia/Taipei）；留空則使用本機時區。</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>本機所在時區</translation>
    </message>
    <message>
        <source>Shortest repurchase cycle (days)</source>
        <translation>最短回購週期（天）</translation>
    </message>
    <message>
        <source>The shop&apos;s repurchase cycle is never taken as shorter.</source>
        <translation>商店的回購週期不會短於此值。</translation>
    </message>
    <message>
        <source>Churned after (cycles)</source>
        <translation>判定流失（週期數）</translation>
    </message>
    <message>
        <source>A customer has churned after this many repurchase cycles without an order…</source>
        <translation>顧客連續這麼多個回購週期未訂購，即判定為流失…</translation>
    </message>
    <message>
        <source>…and at least (days)</source>
        <translation>…且至少（天）</translation>
    </message>
    <message>
        <source>…and never sooner than this many days.</source>
        <translation>…且未訂購天數不少於此值。</translation>
    </message>
    <message>
        <source>Declining after (own cycles)</source>
        <translation>判定衰退（自身週期數）</translation>
    </message>
    <message>
        <source>A customer is declining when the time since the last order passes this many of their own cycles.</source>
        <translation>顧客距最近一次訂購的時間超過其自身回購週期的這麼多倍時，判定為衰退期。</translation>
    </message>
    <message>
        <source>Mature from (orders)</source>
        <translation>成熟期最少訂單數</translation>
    </message>
    <message>
        <source>Orders a mature customer has placed at least.</source>
        <translation>成熟期顧客至少已訂購的訂單數。</translation>
    </message>
    <message>
        <source>Mature after (days)</source>
        <translation>成熟期最少天數</translation>
    </message>
    <message>
        <source>Days since a mature customer&apos;s first order, at least.</source>
        <translation>成熟期顧客距首次訂購至少經過的天數。</translation>
    </message>
    <message>
        <source>Lifetime value horizon (months)</source>
        <translation>終身價值預測期（月）</translation>
    </message>
    <message>
        <source>How far ahead lifetime value looks.</source>
        <translation>顧客終身價值向後預測的時間長度。</translation>
    </message>
    <message>
        <source>Discount rate (% a year)</source>
        <translation>年折現率（%）</translation>
    </message>
    <message>
        <source>Money later is worth less: future spend is discounted at this yearly rate.</source>
        <translation>未來的錢不如現在值錢：未來消費以此年折現率折現。</translation>
    </message>
    <message>
        <source>Contribution margin (%)</source>
        <translation>貢獻利潤率（%）</translation>
    </message>
    <message>
        <source>The share of spend the shop keeps; empty uses the margin measured from listing costs.</source>
        <translation>商店從消費額中實際留下的比例；留空則使用依商品成本推算的利潤率。</translation>
    </message>
    <message>
        <source>Measured from listing costs</source>
        <translation>依商品成本計算</translation>
    </message>
    <message>
        <source>Points per unit spent</source>
        <translation>每消費 1 單位可得點數</translation>
    </message>
    <message>
        <source>Points earned per whole unit of the base currency spent.</source>
        <translation>每消費 1 個整單位本位幣可獲得的點數。</translation>
    </message>
    <message>
        <source>Points expire after (months)</source>
        <translation>點數效期（月）</translation>
    </message>
    <message>
        <source>0 keeps points for ever.</source>
        <translation>0 表示點數永不到期。</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>Tier names and the spend over the last 12 months (base currency) each needs, lowest first: Bronze: 0, Silver: 500.</source>
        <translation>各會員等級的名稱及所需的近 12 個月消費額（本位幣），由低到高填寫：銅卡: 0, 銀卡: 500。</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>商店</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存分析</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>會員與點數</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>匯率</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>定價</translation>
    </message>
    <message>
        <source>Shipments and tracking</source>
        <translation>貨件與物流追蹤</translation>
    </message>
    <message>
        <source>Marketplace accounts</source>
        <translation>平台帳戶</translation>
    </message>
    <message>
        <source>Rate providers</source>
        <translation>匯率來源</translation>
    </message>
    <message>
        <source>Asked in this order until one answers: ecb, frankfurter, forex-python.</source>
        <translation>依此順序查詢，直到有來源回應：ecb, frankfurter, forex-python。</translation>
    </message>
    <message>
        <source>Rates are old after (business days)</source>
        <translation>匯率過期天數（營業日）</translation>
    </message>
    <message>
        <source>A rate older than this is flagged as out of date.</source>
        <translation>超過此天數的匯率會被標示為過期。</translation>
    </message>
    <message>
        <source>ECB address</source>
        <translation>歐洲央行網址</translation>
    </message>
    <message>
        <source>Where the ECB reference rates are read; $SELLER_DESK_ECB_URL wins.</source>
        <translation>讀取歐洲央行參考匯率的網址；如設定了 $SELLER_DESK_ECB_URL，則以其為準。</translation>
    </message>
    <message>
        <source>Frankfurter address</source>
        <translation>Frankfurter 網址</translation>
    </message>
    <message>
        <source>The Frankfurter v1 API; $SELLER_DESK_FRANKFURTER_URL wins.</source>
        <translation>Frankfurter v1 API；如設定了 $SELLER_DESK_FRANKFURTER_URL，則以其為準。</translation>
    </message>
    <message>
        <source>forex-python address</source>
        <translation>forex-python 網址</translation>
    </message>
    <message>
        <source>The source forex-python reads; $SELLER_DESK_FOREX_PYTHON_URL wins.</source>
        <translation>forex-python 讀取的資料來源；如設定了 $SELLER_DESK_FOREX_PYTHON_URL，則以其為準。</translation>
    </message>
    <message>
        <source>Price endings</source>
        <translation>價格尾數</translation>
    </message>
    <message>
        <source>How shelf prices end, per currency: USD=.99 ends in .99, JPY=10 is a whole multiple of 10, CHF=0.05 a multiple of 0.05. Others round to the cent.</source>
        <translation>各幣別標價的尾數：USD=.99 表示以 .99 結尾，JPY=10 表示取 10 的整數倍，CHF=0.05 表示取 0.05 的倍數。其他幣別精確到分。</translation>
    </message>
    <message>
        <source>Empty: every price rounds to the cent</source>
        <translation>留空：所有價格精確到分</translation>
    </message>
    <message>
        <source>Rate-move alert (%)</source>
        <translation>匯率變動提醒（%）</translation>
    </message>
    <message>
        <source>Flag a listing when a rate moved more than this since its price was set and its margin fell below the market&apos;s minimum.</source>
        <translation>設定價格後，若匯率變動超過此比例，且利潤率低於該市場的最低利潤率，即標示該商品。</translation>
    </message>
    <message>
        <source>Tracking service</source>
        <translation>物流查詢服務</translation>
    </message>
    <message>
        <source>Looks parcels up with the carriers; its API key is kept in your system&apos;s keyring.</source>
        <translation>向各物流業者查詢包裹貨態；其 API 金鑰儲存在系統金鑰圈中。</translation>
    </message>
    <message>
        <source>Refresh tracking every (minutes)</source>
        <translation>貨態自動更新間隔（分鐘）</translation>
    </message>
    <message>
        <source>While Seller Desk is open; 0 refreshes only when you ask.</source>
        <translation>在 Seller Desk 開啟期間有效；設為 0 則僅在手動操作時更新。</translation>
    </message>
    <message>
        <source>17TRACK requests per second</source>
        <translation>17TRACK 每秒請求數</translation>
    </message>
    <message>
        <source>17TRACK allows 3 a second on a standard key; raise it only if your plan allows more.</source>
        <translation>17TRACK 標準金鑰每秒允許 3 次請求；僅在您的方案允許更多時才調高。</translation>
    </message>
    <message>
        <source>Stuck after (days without news)</source>
        <translation>滯留判定（無更新天數）</translation>
    </message>
    <message>
        <source>A parcel with no new scan for this many days is flagged as stuck.</source>
        <translation>包裹超過此天數沒有新的貨態時，會標示為滯留。</translation>
    </message>
    <message>
        <source>Stuck after, per destination</source>
        <translation>各目的地滯留判定</translation>
    </message>
    <message>
        <source>Countries where parcels go quiet longer (or shorter), as CODE=days: BR=15, US=5.</source>
        <translation>包裹無貨態更新時間通常較長（或較短）的國家/地區，格式為「代碼=天數」：BR=15, US=5。</translation>
    </message>
    <message>
        <source>Empty: the same everywhere</source>
        <translation>留空：所有地區相同</translation>
    </message>
    <message>
        <source>Delivery promised within (days)</source>
        <translation>承諾送達時效（天）</translation>
    </message>
    <message>
        <source>From the ship date; a parcel delivered later is flagged late.</source>
        <translation>自出貨日期起算；晚於此時效送達的包裹會標示為逾期。</translation>
    </message>
    <message>
        <source>Delivery promise, per destination</source>
        <translation>各目的地承諾時效</translation>
    </message>
    <message>
        <source>Countries with a different promise, as CODE=days: US=7, AU=20.</source>
        <translation>承諾時效不同的國家/地區，格式為「代碼=天數」：US=7, AU=20。</translation>
    </message>
    <message>
        <source>17TRACK address</source>
        <translation>17TRACK 網址</translation>
    </message>
    <message>
        <source>The 17TRACK v2.2 API; $SELLER_DESK_17TRACK_URL wins.</source>
        <translation>17TRACK v2.2 API；若設定了 $SELLER_DESK_17TRACK_URL，則以其為準。</translation>
    </message>
    <message>
        <source>AfterShip address</source>
        <translation>AfterShip 網址</translation>
    </message>
    <message>
        <source>The AfterShip tracking API (a dated version); $SELLER_DESK_AFTERSHIP_URL wins.</source>
        <translation>AfterShip 物流追蹤 API（附日期的版本）；若設定了 $SELLER_DESK_AFTERSHIP_URL，則以其為準。</translation>
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
    <name>shipments</name>
    <message>
        <source>Order {order} is {status}: nothing to ship.</source>
        <translation>訂單 {order} 為「{status}」狀態：沒有需要出貨的商品。</translation>
    </message>
    <message>
        <source>Type the tracking number.</source>
        <translation>請輸入貨件追蹤碼。</translation>
    </message>
    <message>
        <source>Choose the carrier or type its name.</source>
        <translation>請選擇物流業者或輸入其名稱。</translation>
    </message>
    <message>
        <source>{number} is already on order {order}.</source>
        <translation>{number} 已登錄在訂單 {order} 中。</translation>
    </message>
    <message>
        <source>Line {line} is not on order {order}.</source>
        <translation>第 {line} 行不在訂單 {order} 中。</translation>
    </message>
    <message>
        <source>{sku}: {asked} in this parcel, but only {left} of {bought} are not shipped yet.</source>
        <translation>{sku}：本包裹填寫了 {asked} 件，但購買的 {bought} 件中只有 {left} 件尚未出貨。</translation>
    </message>
    <message>
        <source>Every item of order {order} has shipped already.</source>
        <translation>訂單 {order} 的所有商品皆已出貨。</translation>
    </message>
    <message>
        <source>The weight must be from 1 g to 1,000 kg.</source>
        <translation>重量必須介於 1 g 到 1,000 kg 之間。</translation>
    </message>
    <message>
        <source>The label&apos;s cost cannot be below zero.</source>
        <translation>運單費用不可小於零。</translation>
    </message>
    <message>
        <source>The promised date {promised} is before the ship date {shipped}.</source>
        <translation>承諾送達日 {promised} 早於出貨日期 {shipped}。</translation>
    </message>
    <message>
        <source>This shipment came from {marketplace}; change it there and sync again.</source>
        <translation>此貨件來自 {marketplace}；請至該平台修改後重新同步。</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>訂單編號</translation>
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
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>出貨日期</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Type the number of the order this parcel is for.</source>
        <translation>請輸入此包裹對應的訂單編號。</translation>
    </message>
    <message>
        <source>Put at least one item in the parcel.</source>
        <translation>包裹中至少需放入一件商品。</translation>
    </message>
    <message>
        <source>There is no order numbered {number}.</source>
        <translation>沒有訂單編號為 {number} 的訂單。</translation>
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
        <translation>剛剛</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分鐘前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小時前</translation>
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
<context>
    <name>sync</name>
    <message>
        <source>Admin API access token</source>
        <translation>Admin API 存取權杖</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer key（使用者金鑰）</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer secret（使用者密鑰）</translation>
    </message>
    <message>
        <source>App keystring</source>
        <translation>應用程式 keystring</translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation>共用密鑰</translation>
    </message>
    <message>
        <source>OAuth refresh token</source>
        <translation>OAuth 更新權杖</translation>
    </message>
    <message>
        <source>App ID (client id)</source>
        <translation>App ID（用戶端 ID）</translation>
    </message>
    <message>
        <source>Cert ID (client secret)</source>
        <translation>Cert ID（用戶端密鑰）</translation>
    </message>
    <message>
        <source>User refresh token</source>
        <translation>使用者更新權杖</translation>
    </message>
    <message>
        <source>Could not reach {marketplace} at {url} ({reason}).</source>
        <translation>無法連線 {marketplace}（{url}）：{reason}。</translation>
    </message>
    <message>
        <source>{marketplace} did not answer within {seconds} seconds.</source>
        <translation>{marketplace} 在 {seconds} 秒內沒有回應。</translation>
    </message>
    <message>
        <source>{marketplace} answered HTTP {status} for {url}.</source>
        <translation>{marketplace} 對 {url} 回應了 HTTP {status}。</translation>
    </message>
    <message>
        <source>{marketplace} sent an answer this app cannot read: {reason}.</source>
        <translation>{marketplace} 回應的內容本程式無法讀取：{reason}。</translation>
    </message>
    <message>
        <source>{marketplace} still refused calls as too frequent after {attempts} tries; try again in a few minutes.</source>
        <translation>{marketplace} 在嘗試 {attempts} 次後仍以請求過於頻繁為由拒絕；請幾分鐘後再試。</translation>
    </message>
    <message>
        <source>{marketplace} refused the credentials ({reason}); check them in Settings → Accounts.</source>
        <translation>{marketplace} 拒絕了憑證（{reason}）；請在「設定 → 帳戶」中檢查。</translation>
    </message>
    <message>
        <source>No credentials are stored for this {marketplace} account; enter them in Settings → Accounts.</source>
        <translation>此 {marketplace} 帳戶尚未儲存憑證，請在「設定 → 帳戶」中填寫。</translation>
    </message>
    <message>
        <source>{marketplace} does not let these credentials do this ({reason}); give the app the permission in your {marketplace} admin.</source>
        <translation>{marketplace} 不允許這些憑證執行此操作（{reason}）；請在 {marketplace} 後台為應用程式授予該權限。</translation>
    </message>
    <message>
        <source>{marketplace} has no such address: {url}. Check the store address.</source>
        <translation>{marketplace} 上沒有這個網址：{url}。請檢查商店網址。</translation>
    </message>
    <message>
        <source>{marketplace} refused the request: {reason}.</source>
        <translation>{marketplace} 拒絕了請求：{reason}。</translation>
    </message>
    <message>
        <source>{marketplace} sent {what} {id} that cannot be read: {reason}.</source>
        <translation>{marketplace} 傳來的{what} {id} 無法讀取：{reason}。</translation>
    </message>
    <message>
        <source>The store address must start with https:// (plain http is allowed only for this computer&apos;s own addresses): {url}</source>
        <translation>商店網址必須以 https:// 開頭（僅本機位址可用 http）：{url}</translation>
    </message>
    <message>
        <source>{marketplace} does not let an app change {what} this way.</source>
        <translation>{marketplace} 不允許應用程式以這種方式修改{what}。</translation>
    </message>
    <message>
        <source>There is already an account called {name}.</source>
        <translation>已有名為 {name} 的帳戶。</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>請為帳戶命名。</translation>
    </message>
    <message>
        <source>Give the store&apos;s address (https://…).</source>
        <translation>請填寫商店網址（https://…）。</translation>
    </message>
    <message>
        <source>{marketplace} cannot be synced; choose Shopify, WooCommerce, Etsy or eBay.</source>
        <translation>{marketplace} 無法同步；請選擇 Shopify、WooCommerce、Etsy 或 eBay。</translation>
    </message>
    <message>
        <source>The credentials lack {field}.</source>
        <translation>憑證缺少 {field}。</translation>
    </message>
    <message>
        <source>Cannot read the credentials: write them as key=value pairs separated by &apos;;&apos; ({keys}).</source>
        <translation>無法讀取憑證：請寫成以「;」分隔的 key=value 配對（{keys}）。</translation>
    </message>
    <message>
        <source>There is no connected account called {name}.</source>
        <translation>沒有名為 {name} 的已連結帳戶。</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>該帳戶已不存在。</translation>
    </message>
    <message>
        <source>That conflict was settled or removed already.</source>
        <translation>該衝突已處理或已被刪除。</translation>
    </message>
    <message>
        <source>That item is no longer in the store&apos;s list; sync again.</source>
        <translation>該商品已不在商店的清單中，請重新同步。</translation>
    </message>
    <message>
        <source>There is no listing with SKU {sku}.</source>
        <translation>沒有 SKU 為 {sku} 的商品。</translation>
    </message>
    <message>
        <source>No exchange rate from {currency} to {base} is known for {day}; fetch rates, then sync again.</source>
        <translation>{day} 沒有 {currency} 兌 {base} 的匯率；請先取得匯率，再重新同步。</translation>
    </message>
    <message>
        <source>An unexpected error ({error}) stopped this account&apos;s sync; the log file has the details. The other accounts sync as usual.</source>
        <translation>意外錯誤（{error}）中止了此帳戶的同步，詳情見記錄檔。其他帳戶照常同步。</translation>
    </message>
    <message>
        <source>Reading orders…</source>
        <translation>正在讀取訂單…</translation>
    </message>
    <message>
        <source>Reading products…</source>
        <translation>正在讀取商品…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>正在傳送變更…</translation>
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
        <translation>掛號</translation>
    </message>
    <message>
        <source>Tracked letter</source>
        <translation>可追蹤信函</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Untracked letter</source>
        <translation>不可追蹤信函</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>保價</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>其他服務</translation>
    </message>
    <message>
        <source>Going back to you</source>
        <translation>退回中</translation>
    </message>
    <message>
        <source>Problem with delivery</source>
        <translation>配送異常</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>滯留</translation>
    </message>
    <message>
        <source>Past the promised date</source>
        <translation>已逾承諾送達日</translation>
    </message>
    <message>
        <source>Delivered late</source>
        <translation>逾期送達</translation>
    </message>
    <message>
        <source>Not found yet</source>
        <translation>尚查無資料</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>已建立運單</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>運送中</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>配送中</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待取貨</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>配送失敗</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>異常</translation>
    </message>
    <message>
        <source>Tracking expired</source>
        <translation>追蹤已過期</translation>
    </message>
    <message>
        <source>UPU S10 (postal)</source>
        <translation>UPU S10（郵政）</translation>
    </message>
    <message>
        <source>UPS 1Z</source>
        <translation>UPS 1Z</translation>
    </message>
    <message>
        <source>UPS waybill</source>
        <translation>UPS 運單號碼</translation>
    </message>
    <message>
        <source>USPS IMpb (22 digits)</source>
        <translation>USPS IMpb（22 位數字）</translation>
    </message>
    <message>
        <source>USPS IMpb (26 digits)</source>
        <translation>USPS IMpb（26 位數字）</translation>
    </message>
    <message>
        <source>USPS (20 digits)</source>
        <translation>USPS（20 位數字）</translation>
    </message>
    <message>
        <source>FedEx Express (12 digits)</source>
        <translation>FedEx Express（12 位數字）</translation>
    </message>
    <message>
        <source>FedEx Ground (15 digits)</source>
        <translation>FedEx Ground（15 位數字）</translation>
    </message>
    <message>
        <source>FedEx (22 digits, 96…)</source>
        <translation>FedEx（22 位數字，96…）</translation>
    </message>
    <message>
        <source>FedEx barcode (34 digits)</source>
        <translation>FedEx 條碼（34 位數字）</translation>
    </message>
    <message>
        <source>DHL Express (10 digits)</source>
        <translation>DHL Express（10 位數字）</translation>
    </message>
    <message>
        <source>DHL Express (11 digits)</source>
        <translation>DHL Express（11 位數字）</translation>
    </message>
    <message>
        <source>Enter a tracking number.</source>
        <translation>請輸入貨件追蹤碼。</translation>
    </message>
    <message>
        <source>A tracking number has only letters A–Z and digits, but {number} also has {characters}.</source>
        <translation>貨件追蹤碼只能包含英文字母 A–Z 與數字，但 {number} 還包含 {characters}。</translation>
    </message>
    <message>
        <source>{number} is too short for a tracking number: it has {length} characters, and tracking numbers have at least {minimum}.</source>
        <translation>{number} 作為貨件追蹤碼過短：它有 {length} 個字元，而貨件追蹤碼至少為 {minimum} 個字元。</translation>
    </message>
    <message>
        <source>{number} is too long for a tracking number: it has {length} characters, and tracking numbers have at most {maximum}.</source>
        <translation>{number} 作為貨件追蹤碼過長：它有 {length} 個字元，而貨件追蹤碼最多為 {maximum} 個字元。</translation>
    </message>
    <message>
        <source>{number} has {length} characters, a form none of the carriers this app knows uses, so it cannot be checked offline.</source>
        <translation>{number} 有 {length} 個字元，不符合本應用程式已知任何物流業者的號碼格式，因此無法離線檢查。</translation>
    </message>
    <message>
        <source>Looks like a {format} number, but the last digit should be {expected}, not {typed}: a typo?</source>
        <translation>看起來是 {format} 號碼，但最後一位數字應為 {expected}，而不是 {typed}：是否輸入錯誤？</translation>
    </message>
    <message>
        <source>Looks like a {format} number, but the last digit should be {expected} or {other}, not {typed}: a typo?</source>
        <translation>看起來是 {format} 號碼，但最後一位數字應為 {expected} 或 {other}，而不是 {typed}：是否輸入錯誤？</translation>
    </message>
    <message>
        <source>Looks like a {format} number, but the digit before the last two letters should be {expected}, not {typed}: a typo?</source>
        <translation>看起來是 {format} 號碼，但最後兩個字母前的數字應為 {expected}，而不是 {typed}：是否輸入錯誤？</translation>
    </message>
    <message>
        <source>Looks like a {format} number, but it ends in {country}, which is not a country code: postal numbers end in the letters of the country they were sent from, such as CN.</source>
        <translation>看起來是 {format} 號碼，但它以 {country} 結尾，而這不是國家/地區代碼：郵政號碼以寄件國家/地區的英文代碼結尾，例如 CN。</translation>
    </message>
</context>
</TS>
