using System.Net.Http.Headers;
using System.Text;

namespace ClaimCheck.Api.Tests.Faults;

/// <summary>Bodies that are not the JSON object an endpoint expects: null, other JSON values, broken JSON, wrong types, wrong media type, too large.</summary>
[Collection(FaultCollection.Name)]
[Trait("Category", "Faults")]
public sealed class BodyShapeFaultTests(FaultFixture faults)
{
    private static readonly string[] Kinds = ["json-null", "json-array", "json-string", "truncated-json", "empty", "wrong-type", "not-utf8", "text-plain", "too-large", "duplicate-property"];

    public static TheoryData<string, string> Shapes()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in FaultEndpoints.All)
        foreach (var kind in Kinds)
            // Article ingestion has its own 1 MiB limit and reader, tested with the ingestion tests.
            if (!(endpoint.IsArticleIngestion && kind is "too-large" or "duplicate-property"))
                data.Add(endpoint.Name, kind);
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task A_body_of_the_wrong_shape_is_a_4xx_problem_and_nothing_is_stored(string endpointName, string kind)
    {
        var endpoint = FaultEndpoints.Named(endpointName);
        var field = endpoint.Fields[0].Name.Split('[')[0];
        var before = await faults.StoredEvents();

        var (content, status) = kind switch
        {
            "json-null" => (FaultFixture.Json("null"), 400),
            "json-array" => (FaultFixture.Json("[]"), 400),
            "json-string" => (FaultFixture.Json("\"text\""), 400),
            "truncated-json" => (FaultFixture.Json(endpoint.ValidBody[..(endpoint.ValidBody.Length / 2)]), 400),
            "empty" => (FaultFixture.Json(""), 400),
            "wrong-type" => (FaultFixture.Json(FaultEndpoints.With(endpoint, field, new System.Text.Json.Nodes.JsonObject { ["nested"] = 1 })), 400),
            "not-utf8" => (Bytes([.. "{\"x\":\""u8, 0xC3, 0x28, .. "\"}"u8]), 400),
            "text-plain" => (FaultFixture.Json(endpoint.ValidBody, "text/plain"), 415),
            "too-large" => (FaultFixture.Json(FaultEndpoints.With(endpoint, field, new string('x', 70_000))), 413),
            "duplicate-property" => (FaultFixture.Json(endpoint.ValidBody.TrimEnd('}') + $",\"{field}\":\"again\"}}"), 400),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        var response = await faults.Send(endpoint.User, "POST", endpoint.Path, content);

        await faults.ShouldBeRefused(response, status, null, before);
    }

    private static ByteArrayContent Bytes(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = Encoding.UTF8.WebName };
        return content;
    }
}
