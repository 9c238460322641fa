"""The use cases: a registry and plain arguments in, dataclasses (or text) out.

Nothing here prints, prompts or knows typer or rich, so a test, a batch job or a web form can
call these functions directly. What the person sees is :mod:`regelsyn.ui`'s business.
"""
