"""Call: tel: by default, a URI template, or a command line (never through a shell)."""

import pytest

from desktop.core.calling import CallTarget, CallTemplateError, call_target

N = "+14155550134"


@pytest.mark.parametrize(
    ("template", "target"),
    [
        ("", CallTarget(url="tel:+14155550134")),
        ("callto:{number}", CallTarget(url="callto:+14155550134")),
        ("sip:{number}@pbx.example.com", CallTarget(url="sip:+14155550134@pbx.example.com")),
        ("3cxphone --dial {number}", CallTarget(command=("3cxphone", "--dial", N))),
        ("'/opt/My Phone/phone' -c {number}", CallTarget(command=("/opt/My Phone/phone", "-c", N))),
        ("dial {number}; rm -rf /", CallTarget(command=("dial", f"{N};", "rm", "-rf", "/"))),
    ],
)
def test_call_targets(template, target):
    assert call_target(N, template) == target


@pytest.mark.parametrize("template", ["callto:", "phone --dial", "phone '{number}"])
def test_unusable_templates_say_how_to_fix_them(template):
    with pytest.raises(CallTemplateError, match=r"\{number\}|quotes"):
        call_target(N, template)
