namespace Automatisering.Templating;

/// <summary>
/// Checks an uploaded template against its schema without throwing on tag errors: syntax problems (unclosed,
/// crossed, unmatched sections…), tags whose field is not in the schema, and schema fields no tag uses.
/// Unsafe packages still throw <see cref="TemplateRejectedException"/>.
/// </summary>
public static class TemplateChecker
{
    public static IReadOnlyList<TemplateProblem> Check(Stream docx, TemplateSchema schema, TemplateOptions? options = null, string? fileName = null) =>
        Report(docx, schema, options, fileName).Problems;

    /// <summary>
    /// The full report a template page shows: the problems of <see cref="Check"/> and what was neutralised on the
    /// way in (a link to the author's local .dotx dropped, a .dotx used as its document), all in Dutch.
    /// </summary>
    public static TemplateCheckResult Report(Stream docx, TemplateSchema schema, TemplateOptions? options = null, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        options ??= TemplateOptions.Default;
        var package = TemplatePackageInspector.Inspect(docx, fileName, options);
        return new TemplateCheckResult(CheckPackage(package, schema, options), package.Neutralised);
    }

    private static List<TemplateProblem> CheckPackage(InspectedPackage package, TemplateSchema schema, TemplateOptions options)
    {
        var problems = new List<TemplateProblem>();
        var tags = new List<TemplateTag>();
        DocumentTemplate.CompileParts(package, options, problems, tags);

        var used = new HashSet<SchemaField>(ReferenceEqualityComparer.Instance);
        foreach (var tag in tags)
        {
            var scopes = new List<IReadOnlyList<SchemaField>> { schema.Fields };
            foreach (var section in tag.NestingPath)
            {
                if (Resolve(scopes, section) is { Fields.Count: > 0 } container)
                {
                    scopes.Add(container.Fields);
                }
            }

            if (tag.Name == ".")
            {
                continue;
            }

            var field = Resolve(scopes, tag.Name, used);
            if (field is null)
            {
                problems.Add(new TemplateProblem(TemplateProblemCode.UnknownField, $"Veld '{tag.Name}' staat niet in het schema.", tag.Part, tag.Paragraph, tag.Name));
                continue;
            }

            var mismatch = (tag.Kind, field.Type) switch
            {
                (TagKind.Image, not FieldType.Image) => $"'{{%{tag.Name}}}' is een afbeelding, maar het veld is van type {field.Type.ToString().ToLowerInvariant()}.",
                (TagKind.Scalar, FieldType.Image) => $"Afbeeldingsveld '{tag.Name}' moet als '{{%{tag.Name}}}' worden gebruikt.",
                (TagKind.Scalar, FieldType.List or FieldType.Object) => $"'{tag.Name}' is een {field.Type.ToString().ToLowerInvariant()} en kan niet als tekst worden ingevuld; gebruik '{{#{tag.Name}}}…{{/{tag.Name}}}'.",
                _ => null,
            };
            if (mismatch is not null)
            {
                problems.Add(new TemplateProblem(TemplateProblemCode.KindMismatch, mismatch, tag.Part, tag.Paragraph, tag.Name));
            }
        }

        AddUnused(schema.Fields, "", used, problems);
        return problems;
    }

    /// <summary>First segment from the innermost scope outwards (as rendering does), the rest below it.</summary>
    private static SchemaField? Resolve(List<IReadOnlyList<SchemaField>> scopes, string name, HashSet<SchemaField>? used = null)
    {
        var segments = name.Split('.');
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            var field = scopes[i].FirstOrDefault(f => f.Name == segments[0]);
            if (field is null)
            {
                continue;
            }

            used?.Add(field);
            foreach (var segment in segments.Skip(1))
            {
                field = field.Fields.FirstOrDefault(f => f.Name == segment);
                if (field is null)
                {
                    return null;
                }

                used?.Add(field);
            }

            return field;
        }

        return null;
    }

    private static void AddUnused(IReadOnlyList<SchemaField> fields, string prefix, HashSet<SchemaField> used, List<TemplateProblem> problems)
    {
        foreach (var field in fields)
        {
            var path = prefix + field.Name;
            if (!used.Contains(field))
            {
                problems.Add(new TemplateProblem(TemplateProblemCode.UnusedField, $"Schemaveld '{path}' wordt in het sjabloon niet gebruikt.", null, null, path));
            }

            AddUnused(field.Fields, path + (field.Type == FieldType.List ? "[]." : "."), used, problems);
        }
    }
}
