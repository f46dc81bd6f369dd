namespace Dyad.Annotation.Events;

/// <summary>The kinds of event Dyad reads (output-schema.md): what states do to or with each other.</summary>
public enum EventType
{
    /// <summary>A visit: directed, visitor → host.</summary>
    Visit,

    /// <summary>A meeting or talks between officials of the states.</summary>
    Meeting,

    /// <summary>A session of a standing bilateral body, or a numbered round of talks.</summary>
    Dialogue,

    /// <summary>A standing body or cooperative mechanism set up.</summary>
    MechanismEstablished,

    /// <summary>An agreement, memorandum, treaty or contract concluded.</summary>
    Agreement,

    /// <summary>A military exercise held together.</summary>
    Exercise,

    /// <summary>Weapons or platforms changing hands: directed, supplier → recipient.</summary>
    ArmsTransfer,

    /// <summary>Military training: directed, trainer → trainee.</summary>
    Training,

    /// <summary>Sanctions, embargoes, aid cut or suspended: directed, imposer → target.</summary>
    Sanction,

    /// <summary>Sanctions or suspensions lifted, aid restored: directed, imposer → target.</summary>
    SanctionLifted,
}

public static class EventTypeNames
{
    private static readonly string[] Names =
        ["VISIT", "MEETING", "DIALOGUE", "MECHANISM_ESTABLISHED", "AGREEMENT", "EXERCISE", "ARMS_TRANSFER", "TRAINING", "SANCTION", "SANCTION_LIFTED"];

    /// <summary>The name the JSON output uses: VISIT, ARMS_TRANSFER, …</summary>
    public static string ToSchemaName(this EventType type) => Names[(int)type];

    public static bool TryParse(string name, out EventType type)
    {
        var at = Array.IndexOf(Names, name.Trim().ToUpperInvariant());
        type = at >= 0 ? (EventType)at : default;
        return at >= 0;
    }

    /// <summary>Events with a direction: source and target are read for these.</summary>
    public static bool IsDirected(this EventType type) =>
        type is EventType.Visit or EventType.ArmsTransfer or EventType.Training or EventType.Sanction or EventType.SanctionLifted;
}
