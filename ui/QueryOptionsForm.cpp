#include "ui/QueryOptionsForm.h"
#include "ui_QueryOptionsForm.h"

#include <QAbstractItemModel>
#include <QLineEdit>

namespace {
enum ResultsMode
{
    ObjectsOnly,
    ObjectsAndCount,
    CountOnly
};
} // namespace

QueryOptionsForm::QueryOptionsForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QueryOptionsForm>())
{
    m_ui->setupUi(this);
    m_ui->orderListWidget->setMaximumHeight(5 * fontMetrics().height() + 12);
    m_ui->orderFieldComboBox->lineEdit()->setPlaceholderText(tr("field"));

    connect(m_ui->addOrderToolButton, &QToolButton::clicked, this,
            [this] { addOrderKey(m_ui->orderFieldComboBox->currentText().trimmed()); });
    connect(m_ui->orderFieldComboBox->lineEdit(), &QLineEdit::returnPressed, this,
            [this] { addOrderKey(m_ui->orderFieldComboBox->currentText().trimmed()); });
    const auto flip = [this] {
        QListWidgetItem *item = m_ui->orderListWidget->currentItem();
        if (!item)
            return;
        const QString key = item->data(Qt::UserRole).toString();
        showKey(item, key.startsWith(QLatin1Char('-')) ? key.mid(1) : QLatin1Char('-') + key);
        Q_EMIT changed();
    };
    connect(m_ui->flipOrderToolButton, &QToolButton::clicked, this, flip);
    connect(m_ui->orderListWidget, &QListWidget::itemDoubleClicked, this, flip);
    connect(m_ui->moveOrderUpToolButton, &QToolButton::clicked, this, [this] {
        QListWidget *list = m_ui->orderListWidget;
        const int row = list->currentRow();
        if (row <= 0)
            return;
        list->insertItem(row - 1, list->takeItem(row));
        list->setCurrentRow(row - 1);
        Q_EMIT changed();
    });
    connect(m_ui->removeOrderToolButton, &QToolButton::clicked, this, [this] {
        delete m_ui->orderListWidget->currentItem();
        updateButtons();
        Q_EMIT changed();
    });
    connect(m_ui->orderListWidget, &QListWidget::currentRowChanged, this, &QueryOptionsForm::updateButtons);
    // A drag reorders the keys.
    connect(m_ui->orderListWidget->model(), &QAbstractItemModel::rowsMoved, this, &QueryOptionsForm::changed);

    connect(m_ui->limitSpinBox, &QSpinBox::valueChanged, this, &QueryOptionsForm::changed);
    connect(m_ui->skipSpinBox, &QSpinBox::valueChanged, this, &QueryOptionsForm::changed);
    for (QLineEdit *edit : {m_ui->keysLineEdit, m_ui->excludeKeysLineEdit, m_ui->includeLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &QueryOptionsForm::changed);
    connect(m_ui->resultsModeComboBox, &QComboBox::currentIndexChanged, this, [this](int mode) {
        // Count only is limit 0 with a count.
        m_ui->limitSpinBox->setEnabled(mode != CountOnly);
        Q_EMIT changed();
    });
    updateButtons();
}

QueryOptionsForm::~QueryOptionsForm() = default;

void QueryOptionsForm::setFields(const QStringList &fields)
{
    const QString typed = m_ui->orderFieldComboBox->currentText();
    QStringList sorted = fields;
    sorted.sort(Qt::CaseInsensitive);
    m_ui->orderFieldComboBox->clear();
    m_ui->orderFieldComboBox->addItems(sorted);
    m_ui->orderFieldComboBox->setCurrentText(typed);
}

void QueryOptionsForm::showKey(QListWidgetItem *item, const QString &key)
{
    const bool descending = key.startsWith(QLatin1Char('-'));
    item->setData(Qt::UserRole, key);
    item->setText(descending ? tr("%1, descending").arg(key.mid(1)) : tr("%1, ascending").arg(key));
    item->setIcon(QIcon(descending ? QStringLiteral(":/icons/sort-descending.svg")
                                   : QStringLiteral(":/icons/sort-ascending.svg")));
}

void QueryOptionsForm::addOrderKey(const QString &key)
{
    if (key.isEmpty())
        return;
    auto *item = new QListWidgetItem(m_ui->orderListWidget);
    item->setFlags(item->flags() | Qt::ItemIsDragEnabled);
    showKey(item, key);
    m_ui->orderListWidget->setCurrentItem(item);
    m_ui->orderFieldComboBox->setCurrentText(QString());
    Q_EMIT changed();
}

void QueryOptionsForm::updateButtons()
{
    const int row = m_ui->orderListWidget->currentRow();
    m_ui->flipOrderToolButton->setEnabled(row >= 0);
    m_ui->removeOrderToolButton->setEnabled(row >= 0);
    m_ui->moveOrderUpToolButton->setEnabled(row > 0);
}

QueryOptions QueryOptionsForm::options() const
{
    QueryOptions o;
    for (int row = 0; row < m_ui->orderListWidget->count(); ++row)
        o.order << m_ui->orderListWidget->item(row)->data(Qt::UserRole).toString();
    const int mode = m_ui->resultsModeComboBox->currentIndex();
    if (mode == CountOnly)
        o.limit = 0;
    else if (m_ui->limitSpinBox->value() >= 0)
        o.limit = m_ui->limitSpinBox->value();
    if (m_ui->skipSpinBox->value() > 0)
        o.skip = m_ui->skipSpinBox->value();
    o.keys = QueryOptions::listFromText(m_ui->keysLineEdit->text());
    o.excludeKeys = QueryOptions::listFromText(m_ui->excludeKeysLineEdit->text());
    o.include = QueryOptions::listFromText(m_ui->includeLineEdit->text());
    o.count = mode != ObjectsOnly;
    return o;
}

void QueryOptionsForm::setOptions(const QueryOptions &options)
{
    {
        const QSignalBlocker blocker(this); // one changed() for the whole form
        m_ui->orderListWidget->clear();
        for (const QString &key : options.order)
            addOrderKey(key);
        const bool countOnly = options.count && options.limit == 0;
        m_ui->resultsModeComboBox->setCurrentIndex(countOnly       ? CountOnly
                                                   : options.count ? ObjectsAndCount
                                                                   : ObjectsOnly);
        m_ui->limitSpinBox->setValue(countOnly ? -1 : options.limit.value_or(-1));
        m_ui->skipSpinBox->setValue(options.skip.value_or(0));
        m_ui->keysLineEdit->setText(options.keys.join(QStringLiteral(", ")));
        m_ui->excludeKeysLineEdit->setText(options.excludeKeys.join(QStringLiteral(", ")));
        m_ui->includeLineEdit->setText(options.include.join(QStringLiteral(", ")));
        updateButtons();
    }
    Q_EMIT changed();
}
