"""The Qt layer: the only package (with app.py and __main__.py) that imports Qt."""
