namespace Dyad.Knowledge;

/// <summary>The entity types of the output contract (COUNTRY, PERSON, ORG, LOCATION, EQUIPMENT, PROGRAM).</summary>
public enum EntityType
{
    Country,
    Person,
    Org,
    Location,
    Equipment,
    Program,
}

public static class EntityTypeNames
{
    /// <summary>The name the JSON output uses for the type.</summary>
    public static string ToSchemaName(this EntityType type) => type switch
    {
        EntityType.Country => "COUNTRY",
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Location => "LOCATION",
        EntityType.Equipment => "EQUIPMENT",
        EntityType.Program => "PROGRAM",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
