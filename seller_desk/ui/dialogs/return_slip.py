"""A printable return slip as PDF, in the customer's language, and the dialog that saves it."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSettings, Signal
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.replies import reply_date
from seller_desk.domain.return_slip_texts import SLIP_LANGUAGES, SlipTexts, slip_texts
from seller_desk.services.return_view import ReturnView
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import MessageBar

# Latin text in a plain sans; Chinese and Japanese in the Noto CJK face of their own script
# (Traditional and Simplified, Japanese glyph forms differ), then the Windows and macOS faces.
_LATIN = ["Noto Sans", "DejaVu Sans", "Arial", "Helvetica"]
_CJK = {
    "zh_CN": ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC"],
    "zh_TW": ["Noto Sans CJK TC", "Microsoft JhengHei", "PingFang TC"],
    "ja": ["Noto Sans CJK JP", "Yu Gothic", "Hiragino Sans"],
}
# Letter paper where it is the norm; A4 everywhere else.
_LETTER = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR"})
ADDRESS_KEY = "returns/slip_return_address"


def slip_font(language: str) -> QFont:
    font = QFont()
    font.setFamilies([*_CJK.get(language, []), *_LATIN, *_CJK["zh_CN"]])
    font.setPointSizeF(10.5)
    return font


def _lines(text: str) -> str:
    return "<br>".join(escape(line) for line in text.strip().splitlines())


def slip_html(view: ReturnView, shop_name: str, return_address: str, texts: SlipTexts) -> str:
    """The slip as Qt rich text: the RMA number big, the order, the items, where to send."""
    day = reply_date(view.requested_at.astimezone().date(), texts.language)
    rows = "".join(
        f"<tr><td>{escape(line.sku)}</td><td>{escape(line.title)}</td>"
        f"<td align='right'>{line.quantity}</td></tr>" for line in view.lines)
    reason = escape(texts.reason_text(view.reason))
    note = (f"<p><b>{escape(texts.note)}</b> {_lines(view.reason_text)}</p>"
            if view.reason_text.strip() else "")
    thanks = escape(texts.thanks.replace("{shop}", shop_name.strip()))
    return f"""
<p style="font-size:12pt; color:#52606d; margin:0">{escape(shop_name)}</p>
<p style="font-size:20pt; font-weight:bold; margin:0">{escape(texts.title)}</p>
<table width="100%" cellspacing="0" cellpadding="8" border="1"
 style="border-collapse: collapse; border-color:#1f2933; margin-top:8px"><tr><td>
<span style="font-size:10pt; color:#52606d">{escape(texts.rma)}</span><br>
<span style="font-size:34pt; font-weight:bold; white-space:nowrap">{escape(view.rma_number)}
</span></td></tr></table>
<table cellspacing="0" cellpadding="3">
<tr><td><b>{escape(texts.order)}</b></td><td>{escape(view.order_number)}</td></tr>
<tr><td><b>{escape(texts.customer)}</b></td><td>{escape(view.buyer_name)}</td></tr>
<tr><td><b>{escape(texts.requested)}</b></td><td>{escape(day)}</td></tr>
<tr><td><b>{escape(texts.reason)}</b></td><td>{reason}</td></tr>
</table>
{note}
<h3>{escape(texts.items)}</h3>
<table width="100%" border="1" cellspacing="0" cellpadding="6"
 style="border-collapse: collapse; border-color:#9aa5b1">
<tr style="background-color:#e4e7eb"><th align="left" width="25%">{escape(texts.sku)}</th>
<th align="left" width="60%">{escape(texts.item)}</th>
<th align="right" width="15%">{escape(texts.quantity)}</th></tr>
{rows}
</table>
<h3>{escape(texts.instructions)}</h3>
<p style="font-size:14pt; margin-left:18px">{_lines(return_address)}</p>
<p>{escape(texts.mark)}</p>
<p style="color:#52606d">{thanks}</p>
"""


def slip_document(view: ReturnView, shop_name: str, return_address: str,
                  language: str) -> QTextDocument:
    texts = slip_texts(language)
    document = QTextDocument()
    document.setDefaultFont(slip_font(texts.language))
    document.setHtml(slip_html(view, shop_name, return_address, texts))
    return document


def write_return_slip(view: ReturnView, shop_name: str, return_address: str, path: Path,
                      language: str) -> None:
    """Write the slip of `view` to `path` as PDF in `language` (normally the customer's,
    view.language; English when the slip does not speak it). A file that cannot be written
    raises OSError."""
    # Qt only warns when it cannot open the file: open it here first for a real error.
    with open(path, "wb"):
        pass
    document = slip_document(view, shop_name, return_address, language)
    writer = QPdfWriter(str(path))
    size = (QPageSize.PageSizeId.Letter if view.ship_country.upper() in _LETTER
            else QPageSize.PageSizeId.A4)
    writer.setPageSize(QPageSize(size))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(f"{view.rma_number} · {shop_name}")
    writer.setCreator(shop_name)
    document.print_(writer)


class ReturnSlipDialog(QDialog):
    """Shows the slip as the customer will read it and saves it as PDF; the return address
    is remembered for the next slip."""

    saved = Signal(str)

    def __init__(self, view: ReturnView, shop_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnSlipDialog")
        self.view, self.shop_name = view, shop_name
        self.setWindowTitle(fill(self.tr("Return slip %1"), view.rma_number))
        self.messages = MessageBar()
        self.language = QComboBox(objectName="slipLanguage")
        for code in SLIP_LANGUAGES:
            self.language.addItem(slip_texts(code).language_name, code)
        self.language.setCurrentIndex(
            self.language.findData(slip_texts(view.language).language))
        self.address = QPlainTextEdit(objectName="slipAddress")
        self.address.setPlaceholderText(self.tr("Name, street, postcode and town, country"))
        self.address.setPlainText(str(QSettings().value(ADDRESS_KEY, "")))
        self.address.setFixedHeight(96)
        self.address_error = QLabel(objectName="slipAddressError", wordWrap=True)
        self.address_error.setStyleSheet("color:#b00020;")
        self.address_error.hide()
        self.preview = QTextBrowser(objectName="slipPreview")
        hint = QLabel(self.tr("The slip is written in the customer's language, whatever "
                              "language Seller Desk is in."), wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("Slip &language"), self.language)
        form.addRow(self.tr("&Return address"), self.address)
        form.addRow("", self.address_error)
        self.save_button = QPushButton(self.tr("Save as &PDF…"), objectName="saveSlip")
        self.save_button.clicked.connect(self.save_as)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.language.currentIndexChanged.connect(self.show_preview)
        self.address.textChanged.connect(self.show_preview)
        self.resize(720, 760)
        self.show_preview()

    @property
    def slip_language(self) -> str:
        return str(self.language.currentData())

    def show_preview(self) -> None:
        texts = slip_texts(self.slip_language)
        self.preview.document().setDefaultFont(slip_font(texts.language))
        self.preview.setHtml(slip_html(self.view, self.shop_name,
                                       self.address.toPlainText(), texts))

    def save_as(self) -> None:
        address = self.address.toPlainText().strip()
        self.address_error.setVisible(not address)
        if not address:
            self.address_error.setText(self.tr("Type the address the parcel goes back to."))
            self.address.setFocus()
            return
        settings = QSettings()
        folder = Path(str(settings.value("returns/slip_folder", str(Path.home()))))
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save return slip"), str(folder / f"{self.view.rma_number}.pdf"),
            self.tr("PDF document (*.pdf)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.save_to(target)

    def save_to(self, path: Path) -> bool:
        """Write the slip to `path`; say where, or why not."""
        address = self.address.toPlainText().strip()
        try:
            write_return_slip(self.view, self.shop_name, address, path, self.slip_language)
        except OSError as error:
            self.messages.show_error(fill(self.tr("Could not save the slip to %1: %2"),
                                          str(path), error.strerror or str(error)))
            return False
        settings = QSettings()
        settings.setValue(ADDRESS_KEY, address)
        settings.setValue("returns/slip_folder", str(path.parent))
        self.messages.show_info(fill(self.tr("Saved the return slip to %1."), str(path)))
        self.saved.emit(str(path))
        return True
