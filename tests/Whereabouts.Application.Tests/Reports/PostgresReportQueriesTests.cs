using Whereabouts.Application.Tests.Support;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Reports;

/// <summary>The report queries on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server.</summary>
public sealed class PostgresReportQueriesTests(DemoRegistry registry) : ReportQueriesTests(DatabaseProvider.PostgreSql, registry);
