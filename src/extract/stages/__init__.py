"""The pipeline's stages over folders: read a stage's input tables, call its library
function, write its tables. Shared by the DVC scripts in pipeline/ and the ``extract``
command, so both run the same code. One module per stage, so a stage imports only its
own library code (dvc.yaml's deps list exactly that); table file names live in
``files``. This file imports nothing on purpose: importing one stage must not load
the others.
"""
