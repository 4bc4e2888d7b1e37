using Xunit.Abstractions;
using Xunit.Sdk;

namespace Dossier.Storage.Tests;

/// <summary>
/// Put on a conformance subclass whose backend may be missing on this machine: when <see cref="SkipReason"/>
/// is not null, every [StoreFact] and [StoreTheory] of the class is reported as skipped with that reason.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public abstract class StoreAvailabilityAttribute : Attribute
{
    /// <summary>Why the backend cannot be tested here, or null when it can.</summary>
    public abstract string? SkipReason { get; }

    internal static string? SkipReasonFor(ITestMethod testMethod)
    {
        var type = testMethod.TestClass.Class.ToRuntimeType();
        return type?.GetCustomAttributes(typeof(StoreAvailabilityAttribute), inherit: true)
            .Cast<StoreAvailabilityAttribute>()
            .Select(a => a.SkipReason)
            .FirstOrDefault(reason => reason is not null);
    }
}

/// <summary>A conformance fact: skipped when the subclass's backend is unavailable (see <see cref="StoreAvailabilityAttribute"/>).</summary>
[XunitTestCaseDiscoverer("Dossier.Storage.Tests.StoreFactDiscoverer", "Dossier.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>A conformance theory: skipped when the subclass's backend is unavailable.</summary>
[XunitTestCaseDiscoverer("Dossier.Storage.Tests.StoreTheoryDiscoverer", "Dossier.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreTheoryAttribute : TheoryAttribute;

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var reason = StoreAvailabilityAttribute.SkipReasonFor(testMethod);
        return reason is null
            ? base.Discover(discoveryOptions, testMethod, factAttribute)
            : [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
    }
}

public sealed class StoreTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute)
    {
        var reason = StoreAvailabilityAttribute.SkipReasonFor(testMethod);
        return reason is null
            ? base.Discover(discoveryOptions, testMethod, theoryAttribute)
            : CreateTestCasesForSkip(discoveryOptions, testMethod, theoryAttribute, reason);
    }
}
