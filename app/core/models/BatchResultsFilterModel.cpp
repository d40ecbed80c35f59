#include "core/models/BatchResultsFilterModel.h"

#include "core/models/BatchModel.h"

BatchResultsFilterModel::BatchResultsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void BatchResultsFilterModel::setFailedOnly(bool failedOnly)
{
    if (failedOnly == m_failedOnly)
        return;
    m_failedOnly = failedOnly;
    invalidateRowsFilter();
}

bool BatchResultsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !m_failedOnly ||
           sourceModel()->index(sourceRow, 0, sourceParent).data(BatchModel::FailedRole).toBool();
}
