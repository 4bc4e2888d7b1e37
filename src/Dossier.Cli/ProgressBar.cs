using Spectre.Console;

namespace Dossier.Cli;

/// <summary>
/// A progress bar on standard error, shown only when standard error is a terminal so that logs and pipes stay clean.
/// </summary>
internal sealed class ProgressBar
{
    private ProgressTask? _task;

    /// <summary>Runs <paramref name="work"/>, showing a bar with an estimated total.</summary>
    public static async Task<T> RunAsync<T>(string description, int estimatedTotal, Func<ProgressBar, Task<T>> work)
    {
        var bar = new ProgressBar();
        if (Console.IsErrorRedirected || estimatedTotal < 2)
        {
            return await work(bar);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RemainingTimeColumn(),
                new SpinnerColumn())
            .StartAsync(async context =>
            {
                bar._task = context.AddTask(description, maxValue: estimatedTotal);
                return await work(bar);
            });
    }

    /// <summary>Counts one more item done.</summary>
    public void Advance()
    {
        if (_task is null)
        {
            return;
        }

        if (_task.Value + 1 > _task.MaxValue)
        {
            // Feeds and JSONL files hold several articles each: the estimate grows as we learn.
            _task.MaxValue = _task.Value + 2;
        }

        _task.Increment(1);
    }

    /// <summary>Counts inputs cheaply (files under folders, URLs) to size the bar.</summary>
    public static int EstimateInputs(IEnumerable<string> inputs)
    {
        var count = 0;
        foreach (var input in inputs)
        {
            try
            {
                count += Directory.Exists(input)
                    ? Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Take(1_000_000).Count()
                    : 1;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                count++;
            }
        }

        return count;
    }
}
