#include "ui/PrincipalPicker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

PrincipalPicker::PrincipalPicker(ParseClient *client, PrincipalSearchModel::Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_model(new PrincipalSearchModel(client, kind, this))
    , m_search(new QLineEdit(this))
    , m_results(new QListView(this))
    , m_status(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    const bool users = kind == PrincipalSearchModel::Kind::Users;
    setObjectName(QStringLiteral("principalPickerDialog"));
    setWindowTitle(users ? tr("Choose a user") : tr("Choose a role"));
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(users ? tr("Part of the username") : tr("Part of the role name"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("resultsListView"));
    m_results->setModel(m_model);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("pickerButtonBox"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    auto *label =
        new QLabel(users ? tr("Search the users by username:") : tr("Search the roles by name:"), this);
    label->setBuddy(m_search);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(420, 360);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_status->setText(tr("Searching…"));
        m_model->search(m_search->text());
    });
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_model, &PrincipalSearchModel::searched, this, [this](const QString &error) {
        if (!error.isEmpty())
            m_status->setText(tr("The search failed: %1").arg(error));
        else if (m_model->rowCount() == 0)
            m_status->setText(tr("Nothing matches."));
        else if (m_model->rowCount() >= PrincipalSearchModel::kLimit)
            m_status->setText(
                tr("The first %n matches; type more to narrow them.", nullptr, m_model->rowCount()));
        else
            m_status->clear();
        if (m_model->rowCount() > 0)
            m_results->setCurrentIndex(m_model->index(0));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [ok] { ok->setEnabled(false); });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [ok](const QModelIndex &current) { ok->setEnabled(current.isValid()); });
    connect(m_results, &QListView::activated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_model->search({});
}

std::optional<PrincipalPicker::Choice> PrincipalPicker::choice() const
{
    const QModelIndex current = m_results->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return Choice{current.data(PrincipalSearchModel::ObjectIdRole).toString(),
                  current.data(PrincipalSearchModel::NameRole).toString()};
}

std::optional<PrincipalPicker::Choice> PrincipalPicker::pick(ParseClient *client,
                                                             PrincipalSearchModel::Kind kind, QWidget *parent)
{
    PrincipalPicker picker(client, kind, parent);
    if (picker.exec() != QDialog::Accepted)
        return std::nullopt;
    return picker.choice();
}
