using System.Text;
using AntiTrafik.Web.Infrastructure.Exports;

namespace AntiTrafik.Tests.Infrastructure;

public sealed class TableFilesTests
{
    [Fact]
    public void Csv_text_that_a_spreadsheet_would_run_as_a_formula_is_made_inert_and_numbers_stay_numbers()
    {
        var sheet = new ExportSheet("T", ["=Category", "Count"],
            [["=HYPERLINK(\"http://evil\",\"x\")", 3], ["+1+1", -2], ["@SUM(A1)", 0], ["-cmd", 1], ["Tiranë, Durrës", 5]]);
        var csv = Encoding.UTF8.GetString(TableFiles.Csv(sheet)).TrimStart('\uFEFF');
        var lines = csv.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("'=Category,Count", lines[0]);
        Assert.Equal("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",3", lines[1]);
        Assert.Equal("'+1+1,-2", lines[2]);
        Assert.Equal("'@SUM(A1),0", lines[3]);
        Assert.Equal("'-cmd,1", lines[4]);
        Assert.Equal("\"Tiranë, Durrës\",5", lines[5]);
    }
}
