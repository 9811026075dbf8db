namespace HojeTaastrup.Admin.Web.Features;

// Thrown by use cases; pages show the message, the API maps them to 404 and 403.
public sealed class NotFoundException(string message) : Exception(message);

public sealed class ForbiddenException(string message) : Exception(message);
