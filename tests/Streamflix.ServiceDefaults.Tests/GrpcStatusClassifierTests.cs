using Grpc.Core;
using Streamflix.ServiceDefaults.Resilience;

namespace Streamflix.ServiceDefaults.Tests;

public sealed class GrpcStatusClassifierTests
{
    // The intended classification, written out independently of the production code.
    private static readonly HashSet<StatusCode> RetryableForAnyCall = [StatusCode.Unavailable];

    private static readonly HashSet<StatusCode> RetryableOnlyWhenIdempotent =
        [StatusCode.DeadlineExceeded, StatusCode.ResourceExhausted];

    private static readonly HashSet<StatusCode> ServiceFailures =
    [
        StatusCode.Unavailable,
        StatusCode.DeadlineExceeded,
        StatusCode.Internal,
        StatusCode.Unknown,
        StatusCode.DataLoss,
    ];

    private static readonly HashSet<StatusCode> CallerOutcomes =
    [
        StatusCode.OK,
        StatusCode.Cancelled,
        StatusCode.InvalidArgument,
        StatusCode.NotFound,
        StatusCode.AlreadyExists,
        StatusCode.PermissionDenied,
        StatusCode.Unauthenticated,
        // A quota or throttle answer for one caller (too many sign-ins for one email): opening the
        // circuit on it would lock every other caller out.
        StatusCode.ResourceExhausted,
        StatusCode.FailedPrecondition,
        StatusCode.Aborted,
        StatusCode.OutOfRange,
        StatusCode.Unimplemented,
    ];

    public static TheoryData<StatusCode> AllStatusCodes() => new(Enum.GetValues<StatusCode>());

    [Fact]
    public void Every_status_code_is_deliberately_classified_as_service_failure_or_caller_outcome()
    {
        var unclassified = Enum.GetValues<StatusCode>()
            .Where(code => !ServiceFailures.Contains(code) && !CallerOutcomes.Contains(code))
            .ToList();

        Assert.Empty(unclassified);
        Assert.Empty(ServiceFailures.Intersect(CallerOutcomes));
    }

    [Theory]
    [MemberData(nameof(AllStatusCodes))]
    public void Idempotent_calls_are_retried_only_on_Unavailable_DeadlineExceeded_and_ResourceExhausted(StatusCode code)
    {
        var expected = RetryableForAnyCall.Contains(code) || RetryableOnlyWhenIdempotent.Contains(code);

        Assert.Equal(expected, GrpcStatusClassifier.IsRetryable(code, idempotent: true));
    }

    [Theory]
    [MemberData(nameof(AllStatusCodes))]
    public void Non_idempotent_calls_are_retried_only_on_Unavailable(StatusCode code)
    {
        var expected = RetryableForAnyCall.Contains(code);

        Assert.Equal(expected, GrpcStatusClassifier.IsRetryable(code, idempotent: false));
    }

    [Theory]
    [MemberData(nameof(AllStatusCodes))]
    public void Only_statuses_that_blame_the_service_count_as_service_failures(StatusCode code)
    {
        Assert.Equal(ServiceFailures.Contains(code), GrpcStatusClassifier.IsServiceFailure(code));
    }

    [Theory]
    [MemberData(nameof(AllStatusCodes))]
    public void RpcException_overloads_classify_by_their_status_code(StatusCode code)
    {
        var exception = new RpcException(new Status(code, "x"));

        Assert.Equal(GrpcStatusClassifier.IsRetryable(code, true), GrpcStatusClassifier.IsRetryable(exception, true));
        Assert.Equal(GrpcStatusClassifier.IsRetryable(code, false), GrpcStatusClassifier.IsRetryable(exception, false));
        Assert.Equal(GrpcStatusClassifier.IsServiceFailure(code), GrpcStatusClassifier.IsServiceFailure(exception));
    }

    [Theory]
    [InlineData(StatusCode.InvalidArgument)]
    [InlineData(StatusCode.NotFound)]
    [InlineData(StatusCode.AlreadyExists)]
    [InlineData(StatusCode.PermissionDenied)]
    [InlineData(StatusCode.Unauthenticated)]
    [InlineData(StatusCode.FailedPrecondition)]
    [InlineData(StatusCode.OutOfRange)]
    [InlineData(StatusCode.Cancelled)]
    public void Caller_errors_are_neither_retried_nor_counted_against_the_service(StatusCode code)
    {
        Assert.False(GrpcStatusClassifier.IsRetryable(code, idempotent: true));
        Assert.False(GrpcStatusClassifier.IsRetryable(code, idempotent: false));
        Assert.False(GrpcStatusClassifier.IsServiceFailure(code));
    }

    [Fact]
    public void Exceptions_that_are_not_RpcExceptions_are_neither_retryable_nor_service_failures()
    {
        var exceptions = new Exception[]
        {
            new InvalidOperationException("x"),
            new OperationCanceledException(),
            new HttpRequestException("x"),
        };

        foreach (var exception in exceptions)
        {
            Assert.False(GrpcStatusClassifier.IsRetryable(exception, idempotent: true));
            Assert.False(GrpcStatusClassifier.IsServiceFailure(exception));
        }
    }
}
