// As in the service's tests: hosts are built one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
