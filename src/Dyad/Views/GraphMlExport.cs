using System.Xml;
using Dyad.Annotation.Events;
using Dyad.Fusion;
using Dyad.Storage;

namespace Dyad.Views;

/// <summary>
/// The events as a GraphML graph for Gephi and the like: states and organizations are nodes; an event is an edge
/// between two states (directed events from source to target; an event among three states an edge a pair),
/// and an event that names an organization (a session of a standing body) also links each state to it.
/// </summary>
public static class GraphMlExport
{
    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("label", "node", "label", "string"), ("kind", "node", "kind", "string"),
        ("type", "edge", "type", "string"), ("status", "edge", "status", "string"), ("date", "edge", "date", "string"),
        ("year", "edge", "year", "int"), ("name", "edge", "name", "string"), ("sources", "edge", "sources", "int"),
        ("event", "edge", "event", "string"), ("directed", "edge", "directed", "boolean"),
    ];

    public static void Write(IEnumerable<FusedEvent> events, IReadOnlyList<EntitySummary> organizations, TextWriter output)
    {
        var list = events.ToList();
        var orgByName = new Dictionary<string, EntitySummary>(StringComparer.OrdinalIgnoreCase);
        foreach (var org in organizations) orgByName.TryAdd(org.Name, org);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
        foreach (var (id, target, name, type) in Keys)
        {
            xml.WriteStartElement("key");
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", target);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }
        xml.WriteStartElement("graph");
        xml.WriteAttributeString("id", "dyad");
        xml.WriteAttributeString("edgedefault", "undirected");

        var states = list.SelectMany(e => e.Event.Countries).Select(c => c.Value).Distinct().Order(StringComparer.Ordinal);
        foreach (var state in states) Node(xml, "country:" + state, CountryNames.Of(state), "state");
        var linked = list.Where(e => e.Event.Name is { } n && orgByName.ContainsKey(n)).ToList();
        foreach (var org in linked.Select(e => orgByName[e.Event.Name!]).DistinctBy(o => o.Id).OrderBy(o => o.Id, StringComparer.Ordinal))
            Node(xml, org.Id, org.Name, "organization");

        var edge = 0;
        foreach (var fused in list)
        {
            var e = fused.Event;
            if (e.Source is { } s && e.Target is { } t) Edge(xml, ++edge, "country:" + s.Value, "country:" + t.Value, fused, directed: true);
            else
                for (var i = 0; i < e.Countries.Count; i++)
                    for (var j = i + 1; j < e.Countries.Count; j++)
                        Edge(xml, ++edge, "country:" + e.Countries[i].Value, "country:" + e.Countries[j].Value, fused, directed: false);
            if (e.Name is { } name && orgByName.TryGetValue(name, out var org))
                foreach (var c in e.Countries) Edge(xml, ++edge, "country:" + c.Value, org.Id, fused, directed: false);
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Node(XmlWriter xml, string id, string label, string kind)
    {
        xml.WriteStartElement("node");
        xml.WriteAttributeString("id", id);
        Data(xml, "label", label);
        Data(xml, "kind", kind);
        xml.WriteEndElement();
    }

    private static void Edge(XmlWriter xml, int n, string from, string to, FusedEvent fused, bool directed)
    {
        var e = fused.Event;
        xml.WriteStartElement("edge");
        xml.WriteAttributeString("id", "x" + n);
        xml.WriteAttributeString("source", from);
        xml.WriteAttributeString("target", to);
        if (directed) xml.WriteAttributeString("directed", "true");
        Data(xml, "type", e.Type.ToSchemaName());
        Data(xml, "status", e.Status.ToSchemaName());
        if (e.Date is { } date)
        {
            Data(xml, "date", date.Value.ToString());
            Data(xml, "year", date.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (e.Name is { } name) Data(xml, "name", name);
        Data(xml, "sources", fused.SourceCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Data(xml, "event", e.Id);
        Data(xml, "directed", directed ? "true" : "false");
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
