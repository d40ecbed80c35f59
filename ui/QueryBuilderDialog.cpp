#include "ui/QueryBuilderDialog.h"

#include "core/data/JsonText.h"
#include "core/data/QueryOptions.h"
#include "ui/QueryBuilder.h"
#include "ui/ToneKeeper.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

QueryBuilderDialog::QueryBuilderDialog(QWidget *parent)
    : QDialog(parent)
    , m_builder(new QueryBuilder(this))
    , m_reasonLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("queryBuilderDialog"));
    setWindowTitle(tr("Build a Where"));
    m_builder->setObjectName(QStringLiteral("queryBuilder"));
    m_reasonLabel->setObjectName(QStringLiteral("blockingReasonLabel"));
    m_reasonLabel->setWordWrap(true);
    ToneKeeper::apply(m_reasonLabel, Tone::Bad);
    m_buttonBox->setObjectName(QStringLiteral("queryBuilderButtonBox"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_builder, 1);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_buttonBox);
    resize(900, 560);

    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_builder, &QueryBuilder::queryChanged, this, &QueryBuilderDialog::updateAcceptable);
    updateAcceptable();
}

QueryBuilderDialog::~QueryBuilderDialog() = default;

void QueryBuilderDialog::setClient(ParseClient *client)
{
    m_builder->setClient(client);
}

void QueryBuilderDialog::setClass(const QString &className, const QJsonObject &schema)
{
    m_builder->setClass(className, schema);
    updateAcceptable(); // a class alone changes the blocking reason without a query change
}

void QueryBuilderDialog::setWhereText(const QString &text)
{
    const QString trimmed = text.trimmed();
    const JsonText::Parsed parsed = JsonText::parse(trimmed.toUtf8());
    const bool valid = trimmed.isEmpty() || (parsed.ok() && parsed.document.isObject());
    QueryOptions options = m_builder->options();
    options.where = valid && !trimmed.isEmpty() ? parsed.document.object() : QJsonObject();
    m_builder->setOptions(options);
    // A where that is not valid JSON is shown with its mistake, not dropped for "all objects".
    if (!valid)
        m_builder->setWhereText(trimmed);
    updateAcceptable();
}

QString QueryBuilderDialog::whereText() const
{
    const QJsonObject where = m_builder->options().where;
    return where.isEmpty() ? QString() : JsonText::compact(where);
}

void QueryBuilderDialog::updateAcceptable()
{
    const QString reason = m_builder->blockingReason();
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
    m_reasonLabel->setText(reason);
    m_reasonLabel->setVisible(!reason.isEmpty());
}
