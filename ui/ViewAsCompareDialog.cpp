#include "ui/ViewAsCompareDialog.h"

#include "core/models/ViewComparisonModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ViewAsCompareDialog::ViewAsCompareDialog(ParseClient *master, ParseClient *viewer, const ViewerAccess &access,
                                         const QString &className, const QJsonObject &schema,
                                         const QJsonObject &where, QWidget *parent)
    : QDialog(parent)
    , m_model(new ViewComparisonModel(this))
    , m_className(className)
    , m_summary(new QLabel(tr("Reading %1 with the master key and as the viewer…").arg(className), this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("viewAsCompareDialog"));
    const QString who = access.viewer == ViewerAccess::Viewer::Anonymous ? tr("anonymous") : access.username;
    setWindowTitle(tr("%1 as %2 beside the master key").arg(className, who));
    m_summary->setObjectName(QStringLiteral("compareSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("compareTableView"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 460);
    connect(m_model, &ViewComparisonModel::compared, this, &ViewAsCompareDialog::showSummary);
    m_model->compare(master, viewer, access, className, schema, where);
}

void ViewAsCompareDialog::showSummary(const QString &error)
{
    m_table->resizeColumnsToContents();
    if (!error.isEmpty()) {
        m_summary->setText(tr("Could not read %1 with the master key: %2").arg(m_className, error));
        return;
    }
    QString text = tr("%1 of %n object(s) visible, %2 hidden.", nullptr, m_model->rowCount())
                       .arg(m_model->visibleCount())
                       .arg(m_model->hiddenCount());
    const QStringList protectedFields = m_model->protectedFields();
    text +=
        QLatin1Char(' ') + (protectedFields.isEmpty() ? tr("No fields are protected from this viewer.")
                                                      : tr("Protected fields (left out of every object): %1.")
                                                            .arg(protectedFields.join(QStringLiteral(", "))));
    if (!m_model->fieldsWithheld().isEmpty())
        text += QLatin1Char(' ') +
                tr("Left out by the server: %1.").arg(m_model->fieldsWithheld().join(QStringLiteral(", ")));
    if (m_model->rowCount() >= ViewComparisonModel::kLimit)
        text += QLatin1Char(' ') +
                tr("Only the first %1 objects by objectId are compared.").arg(ViewComparisonModel::kLimit);
    m_summary->setText(text);
}
