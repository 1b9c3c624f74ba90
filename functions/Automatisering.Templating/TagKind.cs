namespace Automatisering.Templating;

public enum TagKind
{
    /// <summary><c>{veld}</c></summary>
    Scalar,

    /// <summary><c>{#lijst}</c> … <c>{/lijst}</c>: repeat over an array, or a condition for other values.</summary>
    Section,

    /// <summary><c>{^x}</c> … <c>{/x}</c>: rendered when the value is falsy, an empty array or missing.</summary>
    Inverted,

    /// <summary><c>{%logo}</c>: base64 PNG/JPEG inserted as an inline picture.</summary>
    Image,
}
