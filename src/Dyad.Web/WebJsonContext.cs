using System.Text.Json;
using System.Text.Json.Serialization;
using Dyad.Web.Annotations;
using Dyad.Web.Api;
using Dyad.Web.Events;
using Dyad.Web.Ingest;
using Dyad.Web.Reviews;
using Microsoft.AspNetCore.Mvc;

namespace Dyad.Web;

/// <summary>
/// Every type the web reads or writes as JSON, its serializer written at compile time: NativeAOT cannot make one by
/// reflection, and the JIT build uses the same code so both write the same bytes. The options here are the web
/// defaults (camelCase); <see cref="WebJson"/> binds a second instance with its encoder for responses.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
// Responses and request bodies of the API (the minimal API endpoints and their OpenAPI description).
[JsonSerializable(typeof(DocumentList))]
[JsonSerializable(typeof(DocumentDetail))]
[JsonSerializable(typeof(EventPage))]
[JsonSerializable(typeof(EventRecord))]
[JsonSerializable(typeof(List<PairCount>))]
[JsonSerializable(typeof(IReadOnlyList<AuditEntry>))]
[JsonSerializable(typeof(List<AuditEntry>))]
[JsonSerializable(typeof(AuditEntry))]
[JsonSerializable(typeof(SplitResult))]
[JsonSerializable(typeof(UploadStatus))]
[JsonSerializable(typeof(UploadStarted))]
[JsonSerializable(typeof(ReviewRequest))]
[JsonSerializable(typeof(MergeRequest))]
[JsonSerializable(typeof(SplitRequest))]
// Errors (TypedResults.Problem): ASP.NET's own metadata for them is added only with AddProblemDetails.
[JsonSerializable(typeof(ProblemDetails))]
// Route and query parameters, which the OpenAPI document describes by their JSON schema.
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(long))]
// Exports, one record a line.
[JsonSerializable(typeof(DocumentListItem))]
// What the store keeps: review overlays, audit changes, and the document and event records the web reads back.
[JsonSerializable(typeof(EventOverlay))]
[JsonSerializable(typeof(List<OverlayChange>))]
[JsonSerializable(typeof(DocumentAnnotations.AnnotationRecord))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
