namespace Whereabouts.Domain;

/// <summary>What one step in a legal case was; the numbers are stored in the database and must not be changed.</summary>
public enum ProceedingKind
{
    /// <summary>A filing: a request, an application, an appeal, further submissions.</summary>
    Filing = 0,

    /// <summary>A court hearing.</summary>
    Hearing = 1,

    /// <summary>A decision or judgment, including a verdict and sentence or an indication of interim measures.</summary>
    Decision = 2,

    /// <summary>A communication from the court (notice to the government, a request for information).</summary>
    Communication = 3,

    /// <summary>Anything else worth dating.</summary>
    Other = 4,
}
