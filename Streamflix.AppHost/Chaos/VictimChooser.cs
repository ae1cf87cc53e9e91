namespace Streamflix.AppHost.Chaos;

/// <summary>The Chaos Monkey's choice, kept free of I/O so that its rules are unit-tested.</summary>
public static class VictimChooser
{
    /// <summary>
    /// A random running instance of a listed resource, or null when there is none. Nothing is chosen
    /// while an instance of a listed resource is not running (still starting, or stopped by someone
    /// else): one failure at a time, so that an experiment measures the loss of one instance and never
    /// stacks a second kill on a graph that has not recovered from the first.
    /// </summary>
    public static ChaosInstance? Choose(IEnumerable<ChaosInstance> instances, IReadOnlySet<string> targets, Random random)
    {
        var listed = instances.Where(i => targets.Contains(i.ResourceName)).OrderBy(i => i.ResourceId, StringComparer.Ordinal).ToList();
        if (listed.Count == 0 || listed.Any(i => !i.IsRunning))
        {
            return null;
        }

        return listed[random.Next(listed.Count)];
    }
}
