using Whereabouts.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddWhereabouts();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseWhereabouts();
await app.RunAsync();

/// <summary>The web application's entry point, public so that tests can host it.</summary>
public partial class Program;
