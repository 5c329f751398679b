"""Thin views for the forms of the editorial site (Wagtail serves the pages themselves)."""

from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Locale, Page

from home.forms import CONSENT_NEWSLETTER, NewsletterForm, WebinarRegistrationForm
from home.models import WebinarPage, WebinarRegistration
from home.services import (
    RegistrationClosed,
    newsletter_subscribe,
    webinar_registration_cancel,
    webinar_registration_create,
)
from home.tokens import registration_from_cancel_token


@require_POST
def webinar_register(request, page_id: int):
    webinar = get_object_or_404(WebinarPage.objects.live(), pk=page_id)
    form = WebinarRegistrationForm(request.POST)
    if form.is_spam:
        messages.error(request, _("Your registration could not be accepted."))
        return _render_webinar(request, webinar, form, status=400)
    if not form.is_valid():
        return _render_webinar(request, webinar, form, status=400)
    try:
        registration, created = webinar_registration_create(
            webinar=webinar,
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            company=form.cleaned_data["company"],
            consent=form.cleaned_data["consent"],
            language=get_language() or "en",
        )
    except RegistrationClosed:
        messages.error(request, _("Registration is closed: this webinar has already started."))
        return HttpResponseRedirect(webinar.url)
    if not created:
        messages.info(request, _("You are already registered with this email address; see you there!"))
    elif registration.status == WebinarRegistration.Status.WAITLISTED:
        messages.warning(
            request, _("This webinar is full: you are on the waiting list and we will email you if a seat frees up.")
        )
    else:
        messages.success(request, _("You are registered! We have emailed you the details and a calendar invitation."))
    return HttpResponseRedirect(webinar.url + "#registration")


@require_http_methods(["GET", "HEAD", "POST"])
def webinar_cancel(request, token: str):
    """The signed link of the webinar emails: GET shows a confirmation button, only a POST cancels.

    Mail scanners open links; they never submit forms, so a link alone cancels nothing.
    """
    found = registration_from_cancel_token(token)
    if found is None:
        raise Http404
    registration_id, email = found
    registration = get_object_or_404(
        WebinarRegistration.objects.select_related("webinar"), pk=registration_id, email=email
    )
    webinar = registration.webinar.specific
    if request.method == "POST" and webinar.registration_open:
        try:
            registration, previous = webinar_registration_cancel(registration=registration)
        except RegistrationClosed:
            previous = None
        if previous == WebinarRegistration.Status.WAITLISTED:
            messages.success(request, _("You have left the waiting list."))
        elif previous == WebinarRegistration.Status.REGISTERED:
            messages.success(
                request, _("Your registration is cancelled: your seat goes to the next person on the waiting list.")
            )
        return HttpResponseRedirect(request.path)
    context = {"registration": registration, "webinar": webinar}
    return TemplateResponse(request, "webinars/cancel.html", context)


def _render_webinar(request, webinar, form, *, status):
    context = webinar.get_context(request)
    context["form"] = form
    return TemplateResponse(request, webinar.get_template(request), context, status=status)


def page_in_language(request, page_id: int):
    """Redirect to the translation of a page in the active language (the language switcher's target)."""
    page = get_object_or_404(Page.objects.live(), pk=page_id)
    translated = page.get_translation_or_none(Locale.get_active())
    target = translated if translated is not None and translated.live else page
    return HttpResponseRedirect(target.get_url(request))


@require_POST
def newsletter_signup(request):
    next_url = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=False):
        next_url = "/"
    form = NewsletterForm(request.POST)
    if form.is_spam or not form.is_valid():
        messages.error(request, _("Please enter a valid email address and tick the consent box."))
        return HttpResponseRedirect(next_url)
    _subscription, created = newsletter_subscribe(
        email=form.cleaned_data["email"],
        consent_text=str(CONSENT_NEWSLETTER),
        language=get_language() or "en",
        source_url=next_url,
    )
    if created:
        messages.success(request, _("Thank you! You are subscribed to our newsletter."))
    else:
        messages.info(request, _("You were already subscribed: nothing more to do."))
    return HttpResponseRedirect(next_url)
