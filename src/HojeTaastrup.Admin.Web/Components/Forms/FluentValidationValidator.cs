using FluentValidation;
using FluentValidation.Internal;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace HojeTaastrup.Admin.Web.Components.Forms;

// Runs the model's FluentValidation validator (the same one the API and the use case run) inside an
// EditForm, so that each message shows at its field.
public sealed class FluentValidationValidator : ComponentBase, IDisposable
{
    private ValidationMessageStore? _messages;
    private EditContext? _subscribedContext;

    [CascadingParameter]
    private EditContext? EditContext { get; set; }

    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (EditContext is null)
        {
            throw new InvalidOperationException($"{nameof(FluentValidationValidator)} must be placed inside an EditForm.");
        }

        if (ReferenceEquals(EditContext, _subscribedContext))
        {
            return;
        }

        Unsubscribe();
        _subscribedContext = EditContext;
        _messages = new ValidationMessageStore(EditContext);
        EditContext.OnValidationRequested += ValidateModel;
        EditContext.OnFieldChanged += ValidateField;
    }

    public void Dispose() => Unsubscribe();

    private void Unsubscribe()
    {
        if (_subscribedContext is null)
        {
            return;
        }

        _subscribedContext.OnValidationRequested -= ValidateModel;
        _subscribedContext.OnFieldChanged -= ValidateField;
        _subscribedContext = null;
    }

    private void ValidateModel(object? sender, ValidationRequestedEventArgs e)
    {
        var context = (EditContext)sender!;
        var result = Validate(context.Model, selector: null);
        _messages!.Clear();
        foreach (var failure in result.Errors)
        {
            _messages.Add(ToFieldIdentifier(context.Model, failure.PropertyName), failure.ErrorMessage);
        }

        context.NotifyValidationStateChanged();
    }

    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        var context = (EditContext)sender!;
        var field = e.FieldIdentifier;
        if (!ReferenceEquals(field.Model, context.Model))
        {
            // A nested model's field: validate the whole model once more.
            ValidateModel(sender, ValidationRequestedEventArgs.Empty);
            return;
        }

        var result = Validate(context.Model, new MemberNameValidatorSelector([field.FieldName]));
        _messages!.Clear(field);
        foreach (var failure in result.Errors.Where(f => f.PropertyName == field.FieldName))
        {
            _messages.Add(field, failure.ErrorMessage);
        }

        context.NotifyValidationStateChanged();
    }

    private FluentValidation.Results.ValidationResult Validate(object model, IValidatorSelector? selector)
    {
        var validatorType = typeof(IValidator<>).MakeGenericType(model.GetType());
        if (Services.GetService(validatorType) is not IValidator validator)
        {
            throw new InvalidOperationException($"No validator is registered for {model.GetType().Name}.");
        }

        var context = new ValidationContext<object>(model, new PropertyChain(), selector ?? new DefaultValidatorSelector());
        return validator.Validate(context);
    }

    // "Sources[1].Fte" → the FieldIdentifier of Fte on the second item of Sources.
    private static FieldIdentifier ToFieldIdentifier(object model, string propertyPath)
    {
        var current = model;
        var parts = propertyPath.Split('.');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var next = ReadMember(current, parts[i]);
            if (next is null)
            {
                return new FieldIdentifier(model, propertyPath);
            }

            current = next;
        }

        return new FieldIdentifier(current, parts[^1]);
    }

    private static object? ReadMember(object target, string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        var name = bracket < 0 ? segment : segment[..bracket];
        var value = target.GetType().GetProperty(name)?.GetValue(target);
        if (bracket < 0 || value is not System.Collections.IList list)
        {
            return value;
        }

        var index = int.Parse(segment[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
        return index < list.Count ? list[index] : null;
    }
}
