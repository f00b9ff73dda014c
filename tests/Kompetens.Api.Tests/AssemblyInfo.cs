// Test classes run one after another: WebApplicationFactory builds each host through process-wide hosting
// diagnostics, and hosts started at the same moment could pick up each other's configuration.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
