using ClaimCheck.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddClaimCheck();
builder.AddClaimCheckHttp();

var app = builder.Build();
app.MapClaimCheckHttp();
await app.RunAsync();
