namespace Whereabouts.Domain;

/// <summary>How a tracing request reached the office.</summary>
public enum TracingRequestChannel
{
    /// <summary>Taken by the office: in person, by telephone, by letter, or entered through the API.</summary>
    Office = 0,

    /// <summary>Submitted by the family through the public enquiry form; waits for a caseworker.</summary>
    PublicForm = 1,
}
