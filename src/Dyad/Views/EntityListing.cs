using Dyad.Storage;

namespace Dyad.Views;

/// <summary><c>dyad entities</c>: every entity the stored documents name, with how many documents name it and how often.</summary>
public static class EntityListing
{
    public static void Write(IEnumerable<EntitySummary> entities, TextWriter output)
    {
        output.WriteLine($"{"type",-10}  {"docs",5}  {"mentions",8}  {"id",-40}  name");
        foreach (var e in entities)
            output.WriteLine($"{e.Type,-10}  {e.Documents,5}  {e.Mentions,8}  {e.Id,-40}  {EventTable.OneLine(e.Name)}");
    }
}
