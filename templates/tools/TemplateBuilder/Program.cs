using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.TemplateBuilder;

// Regenerates templates/default/*.docx, the municipalities' own templates, their logos and
// templates/gemeenten.json, then checks every template and sample against its schema.
// Usage: dotnet run --project templates/tools/TemplateBuilder [-- --data agendapunt=path/to/data.json ...]
var templatesDir = FindTemplatesDir();
var builders = new Dictionary<string, Func<HouseStyle, DocumentParts>>
{
    ["agendapunt"] = AgendapuntTemplate.Build,
    ["collegeadvies"] = CollegeadviesTemplate.Build,
    ["handvest"] = HandvestTemplate.Build,
    ["persbericht"] = PersberichtTemplate.Build,
    ["besluitenlijst"] = BesluitenlijstTemplate.Build,
};

var errors = new List<string>();
var warnings = new List<string>();
var schemas = builders.Keys.ToDictionary(n => n, n =>
    JsonNode.Parse(File.ReadAllText(Path.Combine(templatesDir, "default", $"{n}.schema.json")))!.AsObject());

void Write(HouseStyle style, string name)
{
    var path = Path.Combine(templatesDir, style.Slug, $"{name}.docx");
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllBytes(path, DocxWriter.Build(builders[name](style), style));
    var found = TemplateChecker.CheckDocx(path, schemas[name]);
    errors.AddRange(found);
    Console.WriteLine($"{(found.Count == 0 ? "ok  " : "FAIL")} {Path.GetRelativePath(templatesDir, path)}");
}

foreach (var name in builders.Keys) Write(HouseStyle.Default, name);
foreach (var style in HouseStyle.Municipalities)
    foreach (var name in style.Overrides) Write(style, name);

foreach (var style in HouseStyle.Municipalities.Prepend(HouseStyle.Default))
{
    var dir = Path.Combine(templatesDir, style.Slug);
    Directory.CreateDirectory(dir);
    File.WriteAllBytes(Path.Combine(dir, "logo.png"), LogoPainter.Paint(style));
}

var gemeenten = new JsonObject
{
    ["standaard"] = new JsonObject { ["map"] = "default", ["logo"] = "default/logo.png", ["lettertype"] = HouseStyle.Default.Font, ["kleur"] = HouseStyle.Default.Accent },
    ["gemeenten"] = new JsonArray([.. HouseStyle.Municipalities.Select(s => (JsonNode)new JsonObject
    {
        ["slug"] = s.Slug,
        ["naam"] = s.Name,
        ["weergavenaam"] = $"Gemeente {s.Name}",
        ["samenwerkingsverband"] = s.Cooperation,
        ["logo"] = $"{s.Slug}/logo.png",
        ["lettertype"] = s.Font,
        ["kleur"] = s.Accent,
        ["eigenSjablonen"] = new JsonArray([.. s.Overrides.Select(o => (JsonNode)JsonValue.Create(o))]),
    })]),
    ["samenwerkingsverbanden"] = new JsonObject
    {
        ["SSWZM"] = new JsonObject { ["naam"] = "Steenwijkerland, Staphorst, Zwartewaterland, Westerveld en Meppel", ["gemeenten"] = Slugs("SSWZM") },
        ["BMWE"] = new JsonObject { ["naam"] = "Bedum, De Marne, Winsum en Eemsmond", ["gemeenten"] = Slugs("BMWE") },
    },
};
var jsonOptions = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
File.WriteAllText(Path.Combine(templatesDir, "gemeenten.json"), gemeenten.ToJsonString(jsonOptions) + "\n", new UTF8Encoding(false));

var dataFiles = builders.Keys.Select(n => (n, Path.Combine(templatesDir, "samples", $"{n}.json"))).ToList();
for (var i = 0; i + 1 < args.Length; i++)
    if (args[i] == "--data" && args[i + 1].Split('=', 2) is [var n, var p]) dataFiles.Add((n, p));
foreach (var (name, file) in dataFiles)
{
    if (!File.Exists(file)) { errors.Add($"{file}: sample data missing"); continue; }
    var (e, w) = TemplateChecker.CheckData(file, schemas[name], JsonNode.Parse(File.ReadAllText(file))!.AsObject());
    errors.AddRange(e);
    warnings.AddRange(w);
    Console.WriteLine($"{(e.Count == 0 ? "ok  " : "FAIL")} {file} against {name}.schema.json");
}

foreach (var w in warnings) Console.WriteLine($"warning: {w}");
foreach (var e in errors) Console.Error.WriteLine($"error: {e}");
return errors.Count == 0 ? 0 : 1;

static JsonArray Slugs(string cooperation) =>
    new([.. HouseStyle.Municipalities.Where(s => s.Cooperation == cooperation).Select(s => (JsonNode)JsonValue.Create(s.Slug))]);

static string FindTemplatesDir()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Automatisering.sln")))
            return Path.Combine(dir.FullName, "templates");
    throw new InvalidOperationException("Run from inside the repository: Automatisering.sln not found above the current directory.");
}
